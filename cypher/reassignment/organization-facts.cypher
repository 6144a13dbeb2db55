// The organizations a plan names, as of its effective date: found, name, type, active then.
WITH date($effectiveDate) AS d
UNWIND $ids AS id
OPTIONAL MATCH (o:Organization {id: id})
RETURN id, o IS NOT NULL AS found, o.name AS name, o.orgType AS orgType,
  o IS NOT NULL AND {{activeOrganization o d}} AS active
