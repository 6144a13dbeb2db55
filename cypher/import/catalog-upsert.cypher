// Guiding catalog items (指导目录事项), IN_CATALOG their catalog (created on first import), with
// their implementing basis resolved as a power row's: BASED_ON the provisions it cites (created on
// first use, as for powers) and CITES_LAW the catalogued laws cited in a version older than the catalog.
UNWIND $rows AS row
MERGE (c:Catalog {nameKey: row.catalogKey})
  ON CREATE SET c.name = row.catalogName, c.id = row.catalogId
MERGE (i:CatalogItem {id: row.id})
SET i.identityKey = row.identityKey, i.contentHash = row.contentHash, i.seqNo = row.seqNo, i.code = row.code,
    i.name = row.name, i.subName = row.subName, i.category = row.category, i.rawCategory = row.rawCategory,
    i.levels = row.levels, i.levelText = row.levelText, i.exercisedBy = row.exercisedBy,
    i.undertakenBy = row.undertakenBy, i.basisText = row.basisText, i.citations = row.citations,
    i.lawIds = row.lawIds, i.validFrom = date(row.validFrom), i.validTo = null,
    i.sourceFile = row.sourceFile, i.sourceSheet = row.sourceSheet, i.sourceRow = row.sourceRow, i.raw = row.raw
MERGE (i)-[:IN_CATALOG]->(c)
WITH i, row
CALL (i, row) {
  UNWIND row.links AS link
  MATCH (v:LegalVersion {id: link.versionId})
  MERGE (prov:Provision {id: link.provisionId})
    ON CREATE SET prov.article = link.article, prov.articleSuffix = link.articleSuffix, prov.paragraph = link.paragraph,
                  prov.item = link.item, prov.chapter = link.chapter, prov.articleTo = link.articleTo
  MERGE (prov)-[:OF_VERSION]->(v)
  MERGE (i)-[b:BASED_ON {order: link.order}]->(prov)
    ON CREATE SET b.role = link.role, b.citedText = link.citedText
}
CALL (i, row) {
  UNWIND row.lawLinks AS link
  MATCH (l:LegalDocument {id: link.lawId})
  MERGE (i)-[b:CITES_LAW {order: link.order}]->(l)
    ON CREATE SET b.role = link.role, b.article = link.article, b.articleSuffix = link.articleSuffix, b.citedText = link.citedText
}
