// One catalog row = one LegalVersion; the raw catalog fields are kept so the catalog can be rebuilt from the graph.
UNWIND $rows AS row
MATCH (d:LegalDocument {id: row.lawId})
MERGE (v:LegalVersion {id: row.id})
SET v.publishDate = date(row.publish),
    v.effectiveDate = date(row.validFrom),
    v.expired = row.expired,
    v.ver = row.ver,
    v.catalogName = row.name,
    v.catalogLevel = row.level,
    v.subtitle = row.subtitle,
    v.folder = row.folder,
    v.textComplete = row.textComplete,
    v.contentHash = row.contentHash
MERGE (v)-[:OF]->(d)
