// The rows a newer list of one kind compares against (one statement per kind, {{kind.*}} from its
// descriptor): for each organization in $keys, reached by the kind's scope relationship (a
// township that receives hand-overs, a street that whistles, ...), the rows of the latest list of
// that kind that holds rows of it. scopeKeys: every organization the row is scoped by.
UNWIND $keys AS key
MATCH (o:Organization {nameKey: key})<-[:{{kind.scope}}]-(:{{kind.label}})<-[:CONTAINS]-(l:ListVersion)
WHERE l.listType = '{{kind.listType}}'
WITH o, l
ORDER BY l.validFrom DESC, l.importedAt DESC, l.id DESC
WITH o, collect(DISTINCT l)[0] AS latest
MATCH (latest)-[:CONTAINS]->(n:{{kind.label}})-[:{{kind.scope}}]->(o)
WITH DISTINCT n
RETURN n.id AS id, n.identityKey AS identityKey, n.contentHash AS contentHash,
       [(n)-[:{{kind.scope}}]->(s:Organization) | s.nameKey] AS scopeKeys
