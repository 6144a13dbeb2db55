// Change sets newest first (by sequence number), after the cursor's sequence number. A range on
// the index of change_set_seq, read from its top: a page reads its own change sets, not every one
// the change log has kept (one per import, plan and revert, for years).
MATCH (c:ChangeSet)
WHERE c.seq < coalesce($afterSeq, 9223372036854775807)
WITH c ORDER BY c.seq DESC LIMIT toInteger($limit)
RETURN c {.id, .seq, .at, .actor, .reason, .kind, .summary, .hash, .prevHash,
  revertedById: head([(c)-[:REVERTED_BY]->(r:ChangeSet) | r.id])} AS changeSet
