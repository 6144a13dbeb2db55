// The rows a newer DUTIES list compares against: for each organization in $keys (a township (OF_TOWNSHIP)),
// the rows of the latest DUTIES list that holds rows of it. scopeKeys: every organization the row is scoped by.
UNWIND $keys AS key
MATCH (o:Organization {nameKey: key})<-[:OF_TOWNSHIP]-(:TownshipDutyItem)<-[:CONTAINS]-(l:ListVersion)
WHERE l.listType = 'DUTIES'
WITH o, l
ORDER BY l.validFrom DESC, l.importedAt DESC, l.id DESC
WITH o, collect(DISTINCT l)[0] AS latest
MATCH (latest)-[:CONTAINS]->(n:TownshipDutyItem)-[:OF_TOWNSHIP]->(o)
WITH DISTINCT n
RETURN n.id AS id, n.identityKey AS identityKey, n.contentHash AS contentHash,
       [(n)-[:OF_TOWNSHIP]->(s:Organization) | s.nameKey] AS scopeKeys
