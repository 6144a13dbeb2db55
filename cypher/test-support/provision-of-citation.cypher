// The law, version and article a power's BASED_ON points at.
MATCH (p:Power {sourceFile: $sourceFile, name: $name})-[b:BASED_ON]->(prov:Provision)-[:OF_VERSION]->(v:LegalVersion)-[:OF]->(d:LegalDocument)
RETURN d.name AS law, toString(v.publishDate) AS version, prov.article AS article, prov.paragraph AS paragraph, b.role AS role
ORDER BY b.order
