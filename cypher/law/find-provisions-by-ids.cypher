// Provisions by id, for the DataLoader, with the ids of their version and law.
UNWIND $ids AS id
MATCH (p:Provision {id: id})-[:OF_VERSION]->(v:LegalVersion)-[:OF]->(l:LegalDocument)
RETURN p {.id, .article, .articleSuffix, .paragraph, .item, .text, .chapter, .articleTo, versionId: v.id, lawId: l.id} AS provision
