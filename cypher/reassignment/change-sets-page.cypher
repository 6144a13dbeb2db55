// Change sets newest first (by sequence number), after the cursor's sequence number.
MATCH (c:ChangeSet)
WHERE $afterSeq IS NULL OR c.seq < $afterSeq
WITH c ORDER BY c.seq DESC LIMIT toInteger($limit)
RETURN c {.id, .seq, .at, .actor, .reason, .kind, .summary, .hash, .prevHash,
  revertedById: head([(c)-[:REVERTED_BY]->(r:ChangeSet) | r.id])} AS changeSet
