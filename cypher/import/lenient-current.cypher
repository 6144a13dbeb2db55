// The rows a newer LENIENT list compares against: for each organization in $keys (a implementing department (IMPLEMENTED_BY)),
// the rows of the latest LENIENT list that holds rows of it. scopeKeys: every organization the row is scoped by.
UNWIND $keys AS key
MATCH (o:Organization {nameKey: key})<-[:IMPLEMENTED_BY]-(:LenientItem)<-[:CONTAINS]-(l:ListVersion)
WHERE l.listType = 'LENIENT'
WITH o, l
ORDER BY l.validFrom DESC, l.importedAt DESC, l.id DESC
WITH o, collect(DISTINCT l)[0] AS latest
MATCH (latest)-[:CONTAINS]->(n:LenientItem)-[:IMPLEMENTED_BY]->(o)
WITH DISTINCT n
RETURN n.id AS id, n.identityKey AS identityKey, n.contentHash AS contentHash,
       [(n)-[:IMPLEMENTED_BY]->(s:Organization) | s.nameKey] AS scopeKeys
