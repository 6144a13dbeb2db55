// The revert change set points back: (reverted)-[:REVERTED_BY]->(revert).
MATCH (c:ChangeSet {id: $revertedId})
MATCH (r:ChangeSet {id: $revertId})
CREATE (c)-[:REVERTED_BY]->(r)
RETURN r.id AS id
