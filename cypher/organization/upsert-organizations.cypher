// Organization nodes by normalised name (nameKey). Links come after, in link-organizations.
UNWIND $rows AS row
MERGE (o:Organization {nameKey: row.nameKey})
  ON CREATE SET o.id = row.id
SET o.name = row.name,
    o.orgType = row.orgType,
    o.uscc = row.uscc,
    o.validFrom = date(row.validFrom),
    o.validTo = date(row.validTo)
RETURN count(o) AS written
