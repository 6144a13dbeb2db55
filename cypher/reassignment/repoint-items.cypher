// Re-points relationships of list rows created by this plan (new versions) from one organization
// to another: $types only (e.g. LEAD, COOPERATES). Nothing that existed before the plan is deleted.
UNWIND $rows AS row
CALL (row) {
  {{UNION}} MATCH (n:{{label}} {id: row.id}) RETURN n
}
MATCH (n)-[r]->(:Organization {id: row.fromId})
WHERE type(r) IN $types
MATCH (t:Organization {id: row.toId})
MERGE (n)-[c:$(type(r))]->(t)
SET c += properties(r)
DELETE r
RETURN count(*) AS moved
