// The jurisdiction of division $divisionCode on $asOf (管辖视图): the division and every division below
// it (up to 10 levels), the organizations active in them (governments, departments, internal units)
// and, per pair of organizations, the hand-overs in force from one to the other (enforcement items
// FROM a department TO a township) as one HANDS_OVER_TO edge with their number (`items`, as the
// enforcementItemsReceived connection counts them). Returns one row in the shape of
// graph/find-neighborhood: at most $limit + 1 nodes (distance: levels below the division, an
// organization one more than its division; divisions first, then organizations, internal units
// last) and the edges between them (PART_OF, IN_DIVISION, HANDS_OVER_TO).
WITH date($asOf) AS asOf
MATCH path = (:AdminDivision {code: $divisionCode})<-[:PART_OF*0..10]-(d:AdminDivision)
WHERE {{inForce d asOf}}
WITH asOf, d, min(length(path)) AS depth
CALL (asOf, d, depth) {
  RETURN d AS n, depth AS distance, 0 AS rank
  UNION
  MATCH (o:Organization)-[:IN_DIVISION]->(d)
  WHERE {{activeOrganization o asOf}}
  RETURN o AS n, depth + 1 AS distance,
    CASE WHEN EXISTS { MATCH (o)-[:PART_OF]->(:Organization) } THEN 2 ELSE 1 END AS rank
}
WITH asOf, n, min(distance) AS distance, min(rank) AS rank
WITH asOf, n, distance, rank, COUNT { (n)-[:IN_DIVISION|PART_OF]-() } AS degree
ORDER BY rank, distance, coalesce(n.code, n.id)
LIMIT toInteger($limit) + 1
WITH asOf, collect(n) AS kept, collect({
  type: CASE WHEN n:AdminDivision THEN 'AdminDivision' ELSE 'Organization' END,
  localId: CASE WHEN n:AdminDivision THEN n.code ELSE n.id END,
  key: elementId(n),
  distance: distance,
  degree: degree,
  label: coalesce(n.name, n.code, n.id),
  properties: properties(n)
}) AS nodes
CALL (asOf, kept) {
  UNWIND kept AS a
  CALL (a, asOf) {
    MATCH (a)-[r:PART_OF|IN_DIVISION]->(b)
    WHERE {{inForce r asOf}}
    RETURN type(r) AS type, b, null AS properties
    UNION ALL
    MATCH (a:Organization)<-[:FROM]-(e:EnforcementItem)-[:TO]->(b:Organization)
    WHERE {{inForce e asOf}}
    WITH b, count(e) AS items
    RETURN 'HANDS_OVER_TO' AS type, b, {items: items} AS properties
  }
  RETURN collect({source: elementId(a), target: elementId(b), type: type, properties: properties}) AS edges
}
RETURN nodes, edges
