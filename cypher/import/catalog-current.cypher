// The rows a newer version of a guiding catalog (指导目录) compares against: for each catalog in
// $keys (Catalog.nameKey), the items of its latest CATALOG list version. scopeKeys: the catalog.
UNWIND $keys AS key
MATCH (c:Catalog {nameKey: key})<-[:IN_CATALOG]-(:CatalogItem)<-[:CONTAINS]-(l:ListVersion)
WHERE l.listType = 'CATALOG'
WITH c, l
ORDER BY l.validFrom DESC, l.importedAt DESC, l.id DESC
WITH c, collect(DISTINCT l)[0] AS latest
MATCH (latest)-[:CONTAINS]->(n:CatalogItem)-[:IN_CATALOG]->(c)
WITH DISTINCT n, c
RETURN n.id AS id, n.identityKey AS identityKey, n.contentHash AS contentHash, [c.nameKey] AS scopeKeys
