// Test support (analysis): Power rows with their PowerItem, EXERCISED_BY each holder over the
// row's dates, BASED_ON each resolved IMPLEMENTING citation and SUB_ITEM_OF the item row.
UNWIND $rows AS row
CREATE (p:Power {
  id: row.id, identityKey: row.identityKey, contentHash: row.id, name: row.name, subName: row.subName,
  category: row.category, rawCategory: row.rawCategory, status: 'ACTIVE', citations: row.citations,
  basisText: row.basisText, accountability: [], validFrom: date(row.validFrom), validTo: date(row.validTo),
  sourceFile: 'analysis-test.xlsx', sourceSheet: 'Sheet1', sourceRow: row.sourceRow
})
MERGE (i:PowerItem {key: row.itemKey})
  ON CREATE SET i.name = row.name, i.category = row.category
CREATE (p)-[:INSTANCE_OF]->(i)
WITH p, row
CALL (p, row) {
  UNWIND row.holders AS h
  MATCH (o:Organization {id: h.organizationId})
  CREATE (p)-[:EXERCISED_BY {basis: 'STATUTORY', validFrom: date(h.validFrom), validTo: date(h.validTo)}]->(o)
}
CALL (p, row) {
  UNWIND row.basis AS b
  MATCH (pr:Provision {id: b.provisionId})
  CREATE (p)-[:BASED_ON {role: 'IMPLEMENTING', order: b.order, citedText: b.text}]->(pr)
}
CALL (p, row) {
  MATCH (parent:Power {id: row.parentId})
  CREATE (p)-[:SUB_ITEM_OF]->(parent)
}
RETURN count(p) AS written
