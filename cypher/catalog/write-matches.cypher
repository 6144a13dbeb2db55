// A power row version's catalog item version (MATCHES_CATALOG {method: CODE | NAME | SIMILARITY,
// score}): both are immutable versions, so a match is written once and never goes stale.
UNWIND $matches AS m
MATCH (p:Power {id: m.rowId})
MATCH (i:CatalogItem {id: m.itemId})
MERGE (p)-[r:MATCHES_CATALOG]->(i)
SET r.method = m.method, r.score = m.score
