// CITES_LAW for each citation of a catalogued law in a version older than the catalog
// (VERSION_NOT_IN_CATALOG): no Provision exists for it, so the row points at the law, with the
// article and the citation text that carries the version clue (issue 13: read as relationships,
// not by scanning Power.citations).
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId})
MATCH (l:LegalDocument {id: row.lawId})
CREATE (p)-[:CITES_LAW {role: row.role, order: row.order, article: row.article, articleSuffix: row.articleSuffix,
  citedText: row.citedText}]->(l)
