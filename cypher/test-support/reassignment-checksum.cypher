// Test support (reassignment): the domain part of one test's graph — every node with $prefix in a
// string property or linked to an organization named with it, except audit records (ChangeSet,
// ChangeLog) — with all its relationships except TOUCHED/REVERTED_BY. Catalog nodes appear as targets.
CALL () {
  MATCH (n)
  WHERE any(k IN keys(n) WHERE n[k] IS :: STRING AND n[k] CONTAINS $prefix)
  RETURN n
  UNION
  MATCH (n)--(o:Organization)
  WHERE o.name CONTAINS $prefix
  RETURN n
}
WITH n WHERE NOT n:ChangeSet AND NOT n:ChangeLog
RETURN labels(n) AS labels, properties(n) AS properties,
  COLLECT {
    MATCH (n)-[r]->(m)
    WHERE NOT m:ChangeSet
    RETURN {type: type(r), properties: properties(r), target: coalesce(m.id, m.code, m.key)} AS r
  } AS outgoing
