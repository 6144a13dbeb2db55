// Rows whose stored citations name a catalogued law in a version older than the catalog and that
// have no CITES_LAW yet: the graph's rows until the one-time linking ran (its Migration marker),
// or every time with $force. CONTAINS has no index to serve it: this scans Power, once per graph.
OPTIONAL MATCH (m:Migration {id: $migration})
WITH m
WHERE m IS NULL OR $force
MATCH (p:Power)
WHERE p.citations CONTAINS '"unresolvedCode":"VERSION_NOT_IN_CATALOG"'
  AND NOT EXISTS { (p)-[:CITES_LAW]->() }
RETURN p.id AS id, p.citations AS citations
