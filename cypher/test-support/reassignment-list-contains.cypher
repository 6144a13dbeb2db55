// Test support (reassignment): puts the given rows in a list version $listId (created when new),
// and returns the ids of the rows that list version contains.
MERGE (l:ListVersion {id: $listId})
WITH l
CALL (l) {
  UNWIND $rowIds AS rowId
  MATCH (n {id: rowId})
  WHERE any(l IN labels(n) WHERE l IN {{labels}})
  MERGE (l)-[:CONTAINS]->(n)
}
RETURN COLLECT { MATCH (l)-[:CONTAINS]->(n) RETURN n.id AS id ORDER BY id } AS rowIds
