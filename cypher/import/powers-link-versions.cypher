// A changed row's new version SUPERSEDES the old one and inherits the references other lists hold
// to it (hand-overs, needed powers, lenient items), so both dates see them.
UNWIND $rows AS row
MATCH (new:Power {id: row.newId}), (old:Power {id: row.oldId})
CREATE (new)-[:SUPERSEDES]->(old)
WITH new, old
CALL (new, old) {
  MATCH (e)-[:HANDS_OVER]->(old)
  MERGE (e)-[:HANDS_OVER]->(new)
}
CALL (new, old) {
  MATCH (x)-[:NEEDS_POWER]->(old)
  MERGE (x)-[:NEEDS_POWER]->(new)
}
CALL (new, old) {
  MATCH (l)-[:APPLIES_TO]->(old)
  MERGE (l)-[:APPLIES_TO]->(new)
}
