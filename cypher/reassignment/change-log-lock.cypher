// Serialises writers of the change log: the anchor node is write-locked until the transaction ends,
// so two change sets never take the same place in the hash chain.
MERGE (h:ChangeLog {id: 'main'})
  ON CREATE SET h.seq = 0, h.hash = ''
SET h._lock = true
REMOVE h._lock
RETURN h.id AS id
