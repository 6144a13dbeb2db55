// Articles known per version (with their paragraph counts), for "article not in text" checks.
MATCH (p:Provision)-[:OF_VERSION]->(v:LegalVersion)
WHERE v.textComplete AND p.paragraph IS NULL AND p.item IS NULL
RETURN v.id AS versionId, collect([p.article, p.articleSuffix, size(p.paragraphs), p.chapter, p.section]) AS articles
