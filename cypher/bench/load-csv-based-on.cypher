// The LOAD CSV floor of the power import: BASED_ON for each resolved citation, as
// import/powers-link-provisions writes it (provisions below article level created on first use).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (p:Power {id: row.powerId})
  MATCH (v:LegalVersion {id: row.versionId})
  MERGE (prov:Provision {id: row.provisionId})
    ON CREATE SET prov.article = toInteger(row.article), prov.articleSuffix = toInteger(row.articleSuffix),
                  prov.paragraph = toInteger(row.paragraph), prov.item = toInteger(row.item),
                  prov.chapter = toInteger(row.chapter), prov.articleTo = toInteger(row.articleTo)
  MERGE (prov)-[:OF_VERSION]->(v)
  WITH p, prov, row
  CALL (prov, row) {
    MATCH (article:Provision {id: row.articleProvisionId})
    WHERE prov.text IS NULL AND row.chapter IS NULL AND article <> prov
    SET prov.text = CASE WHEN row.paragraph IS NULL THEN article.text ELSE article.paragraphs[toInteger(row.paragraph) - 1] END
  }
  CREATE (p)-[:BASED_ON {role: row.role, order: toInteger(row.order), citedText: row.citedText}]->(prov)
} IN TRANSACTIONS OF 10000 ROWS
