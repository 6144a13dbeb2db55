// BASED_ON for each resolved citation. Provisions below article level (款/项) and chapter ranges are
// created on first use, next to the article-level provision written by `import laws --text`.
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId})
MATCH (v:LegalVersion {id: row.versionId})
MERGE (prov:Provision {id: row.provisionId})
  ON CREATE SET prov.article = row.article, prov.articleSuffix = row.articleSuffix, prov.paragraph = row.paragraph,
                prov.item = row.item, prov.chapter = row.chapter, prov.articleTo = row.articleTo
MERGE (prov)-[:OF_VERSION]->(v)
WITH p, prov, row
CALL (prov, row) {
  MATCH (article:Provision {id: row.articleProvisionId})
  WHERE prov.text IS NULL AND row.chapter IS NULL AND article <> prov
  SET prov.text = CASE WHEN row.paragraph IS NULL THEN article.text ELSE article.paragraphs[row.paragraph - 1] END
}
CREATE (p)-[:BASED_ON {role: row.role, order: row.order, citedText: row.citedText}]->(prov)
