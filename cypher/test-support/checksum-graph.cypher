// Test support: one test's part of the graph, for a checksum. Nodes: those with $prefix in a string
// property (names, codes, sourceFile) and those pointing at an organization whose name has it; each
// with its outgoing relationships. Shared catalog nodes (PowerItem, laws) appear only as targets, by key.
CALL () {
  MATCH (n)
  WHERE any(k IN keys(n) WHERE n[k] IS :: STRING AND n[k] CONTAINS $prefix)
  RETURN n
  UNION
  MATCH (n)-->(o:Organization)
  WHERE o.name CONTAINS $prefix
  RETURN n
}
RETURN labels(n) AS labels, properties(n) AS properties,
  COLLECT {
    MATCH (n)-[r]->(m)
    RETURN {
      type: type(r), properties: properties(r), labels: labels(m),
      target: CASE
        WHEN m:PowerItem OR m:Provision OR m:LegalVersion OR m:LegalDocument THEN coalesce(m.key, m.id)
        ELSE coalesce(m.id, m.code, m.key)
      END,
      targetProperties: CASE WHEN m:Responsibility THEN properties(m) ELSE null END
    }
  } AS outgoing
