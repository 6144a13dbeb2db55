// Rows with an item code (事项编码) whose normalised code and parts are not stored: the graph's
// rows until the one-time parsing ran (its Migration marker). One chunk: the powers with ids after
// $after, in id order (the unique index's order), at most $limit of them; the pending ones among
// them, and the last id looked at.
MATCH (p:Power)
WHERE p.id > $after
WITH p
ORDER BY p.id
LIMIT $limit
WITH collect(p) AS chunk
RETURN last(chunk).id AS last,
  [p IN chunk WHERE p.code IS NOT NULL AND p.codeKey IS NULL | {id: p.id, code: p.code}] AS pending
