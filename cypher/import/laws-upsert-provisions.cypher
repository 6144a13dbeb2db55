// Article-level provisions with their text (paragraphs kept as a list for paragraph citations).
UNWIND $rows AS row
MATCH (v:LegalVersion {id: row.versionId})
MERGE (p:Provision {id: row.id})
SET p.article = row.article, p.articleSuffix = row.articleSuffix, p.paragraph = null, p.item = null,
    p.text = row.text, p.paragraphs = row.paragraphs, p.chapter = row.chapter, p.section = row.section
MERGE (p)-[:OF_VERSION]->(v)
