// Test data: legal versions of documents, (LegalVersion)-[:OF]->(LegalDocument).
UNWIND $rows AS row
MATCH (l:LegalDocument {id: row.lawId})
MERGE (v:LegalVersion {id: row.id})
SET v.publishDate = date(row.publishDate), v.effectiveDate = date(row.effectiveDate),
    v.expired = row.expired, v.ver = row.ver
MERGE (v)-[:OF]->(l)
RETURN count(v) AS written
