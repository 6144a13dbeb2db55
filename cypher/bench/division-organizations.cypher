// The province's division analysis (bench/province): a county (the first with a compact government,
// else the first), and the organizations in it or in a division below it.
MATCH (d:AdminDivision)
WHERE size(d.code) = 6 AND NOT d.code ENDS WITH '00'
WITH d ORDER BY d.code
LIMIT 2
WITH collect(d)[-1] AS d
MATCH (o:Organization)-[:IN_DIVISION]->(x:AdminDivision)
WHERE x.code STARTS WITH d.code
RETURN d.code AS code, d.name AS name, collect(o.id) AS organizationIds
