// Test support: a guiding catalog's current items, with their sheet, levels and resolved provisions.
MATCH (c:Catalog {name: $name})<-[:IN_CATALOG]-(i:CatalogItem)
WHERE i.validTo IS NULL
RETURN i.id AS id, i.name AS name, i.subName AS subName, i.category AS category, i.levels AS levels,
       i.sourceSheet AS sheet, i.levelText AS levelText, i.exercisedBy AS exercisedBy, i.lawIds AS lawIds,
       [(i)-[:BASED_ON]->(p:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(l:LegalDocument) | l.name + ' ' + toString(p.article)] AS provisions,
       [(i)-[:CITES_LAW]->(l:LegalDocument) | l.name] AS citedLaws
ORDER BY i.sourceSheet, i.sourceRow
