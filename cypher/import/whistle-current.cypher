// The rows a newer WHISTLE list compares against: for each organization in $keys (a whistling street or township (WHISTLED_BY)),
// the rows of the latest WHISTLE list that holds rows of it. scopeKeys: every organization the row is scoped by.
UNWIND $keys AS key
MATCH (o:Organization {nameKey: key})<-[:WHISTLED_BY]-(:WhistleMatter)<-[:CONTAINS]-(l:ListVersion)
WHERE l.listType = 'WHISTLE'
WITH o, l
ORDER BY l.validFrom DESC, l.importedAt DESC, l.id DESC
WITH o, collect(DISTINCT l)[0] AS latest
MATCH (latest)-[:CONTAINS]->(n:WhistleMatter)-[:WHISTLED_BY]->(o)
WITH DISTINCT n
RETURN n.id AS id, n.identityKey AS identityKey, n.contentHash AS contentHash,
       [(n)-[:WHISTLED_BY]->(s:Organization) | s.nameKey] AS scopeKeys
