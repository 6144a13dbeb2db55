// TOUCHED links from a change set to the nodes it changed (that existed before it).
MATCH (c:ChangeSet {id: $changeSetId})
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organization {id: id}) RETURN n
  UNION
  MATCH (n:Power {id: id}) RETURN n
  UNION MATCH (n:{{label}} {id: id}) RETURN n
  UNION
  MATCH (n:ListVersion {id: id}) RETURN n
}
MERGE (c)-[:TOUCHED]->(n)
RETURN count(*) AS touched
