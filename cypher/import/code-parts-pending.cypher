// Rows with an item code (事项编码) whose normalised code and parts are not stored: the graph's
// rows until the one-time parsing ran (its Migration marker), or every time with $force. Scans
// Power once per graph.
OPTIONAL MATCH (m:Migration {id: $migration})
WITH m
WHERE m IS NULL OR $force
MATCH (p:Power)
WHERE p.code IS NOT NULL AND p.codeKey IS NULL
RETURN p.id AS id, p.code AS code
