// The floor for "a power with its basis and provisions" (bench/raw-cypher.ts): the stored citation
// list and every cited provision with its version and law, in one round trip.
MATCH (p:Power {id: $id})
RETURN p { .id, .name, .code, .category, .citations } AS power,
  COLLECT {
    MATCH (p)-[:BASED_ON]->(prov:Provision)-[:OF_VERSION]->(v:LegalVersion)-[:OF]->(l:LegalDocument)
    RETURN DISTINCT prov { .id, .article, .paragraph, .item, .text,
      version: v { catalogId: v.id, .publishDate, .effectiveDate }, law: l { .name, .level } }
  } AS provisions
