// The rows a newer ENFORCEMENT list compares against: for each organization in $keys (a receiving township (TO)),
// the rows of the latest ENFORCEMENT list that holds rows of it. scopeKeys: every organization the row is scoped by.
UNWIND $keys AS key
MATCH (o:Organization {nameKey: key})<-[:TO]-(:EnforcementItem)<-[:CONTAINS]-(l:ListVersion)
WHERE l.listType = 'ENFORCEMENT'
WITH o, l
ORDER BY l.validFrom DESC, l.importedAt DESC, l.id DESC
WITH o, collect(DISTINCT l)[0] AS latest
MATCH (latest)-[:CONTAINS]->(n:EnforcementItem)-[:TO]->(o)
WITH DISTINCT n
RETURN n.id AS id, n.identityKey AS identityKey, n.contentHash AS contentHash,
       [(n)-[:TO]->(s:Organization) | s.nameKey] AS scopeKeys
