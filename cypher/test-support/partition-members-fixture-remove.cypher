// Removes what test-support/partition-members-fixture wrote.
MATCH (n)
WHERE (n:Organization AND n.id STARTS WITH $p) OR (n:AdminDivision AND n.code = $p)
DETACH DELETE n
