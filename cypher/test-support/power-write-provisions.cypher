// Test data: provisions of a version, (Provision)-[:OF_VERSION]->(LegalVersion).
UNWIND $rows AS row
MATCH (v:LegalVersion {id: row.versionId})
MERGE (p:Provision {id: row.id})
SET p.article = row.article, p.articleSuffix = row.articleSuffix, p.paragraph = row.paragraph,
    p.item = row.item, p.text = row.text
MERGE (p)-[:OF_VERSION]->(v)
RETURN count(p) AS written
