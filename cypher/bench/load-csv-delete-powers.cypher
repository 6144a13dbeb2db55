// Removes what the LOAD CSV floor wrote (ids with the bench's prefix), so the dataset stays the demo's.
MATCH (p:Power)
WHERE p.id STARTS WITH $prefix
CALL (p) {
  OPTIONAL MATCH (p)-[:HAS_RESPONSIBILITY]->(r:Responsibility)
  DETACH DELETE r, p
} IN TRANSACTIONS OF 2000 ROWS
