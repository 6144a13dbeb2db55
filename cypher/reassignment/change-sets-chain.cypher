// The whole chain in order, for `quanze audit verify`, with the anchor's last sequence and hash.
OPTIONAL MATCH (h:ChangeLog {id: 'main'})
RETURN h.seq AS headSeq, h.hash AS headHash,
  COLLECT {
    MATCH (c:ChangeSet)
    RETURN c {.id, .seq, .at, .actor, .reason, .kind, .summary, .hash, .prevHash} AS c ORDER BY c.seq
  } AS chain
