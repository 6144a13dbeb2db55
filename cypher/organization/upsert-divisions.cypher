// Division nodes by code. Links come after, in link-divisions, so a parent may follow its child.
UNWIND $rows AS row
MERGE (d:AdminDivision {code: row.code})
SET d.name = row.name, d.level = row.level
RETURN count(d) AS written
