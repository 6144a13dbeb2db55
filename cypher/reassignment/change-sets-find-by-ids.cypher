// Change sets by id, with the id of the change set that reverted each one.
UNWIND $ids AS id
MATCH (c:ChangeSet {id: id})
RETURN c {.id, .seq, .at, .actor, .reason, .kind, .summary, .hash, .prevHash,
  revertedById: head([(c)-[:REVERTED_BY]->(r:ChangeSet) | r.id])} AS changeSet
