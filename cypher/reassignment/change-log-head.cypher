// The end of the hash chain (read after change-log-lock): the last sequence number and hash.
MATCH (h:ChangeLog {id: 'main'})
RETURN h.seq AS seq, h.hash AS hash
