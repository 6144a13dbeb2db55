// Appends a change set to the chain and moves the anchor to it. Change sets are never updated.
MATCH (h:ChangeLog {id: 'main'})
CREATE (c:ChangeSet {id: $id, seq: $seq, at: $at, actor: $actor, reason: $reason, kind: $kind,
  summary: $summary, prevHash: $prevHash, hash: $hash})
SET h.seq = $seq, h.hash = $hash
RETURN c.id AS id
