// Later change sets, not reverted and not themselves reverts, that touched any of $ids: a change
// set they depend on cannot be reverted.
UNWIND $ids AS id
MATCH (later:ChangeSet)-[:TOUCHED]->(n)
WHERE n.id = id AND later.seq > $seq AND later.kind <> 'REVERT'
  AND NOT EXISTS { (later)-[:REVERTED_BY]->(:ChangeSet) }
RETURN DISTINCT later.id AS id, later.seq AS seq
ORDER BY seq
LIMIT 5
