// Test support: minimal Power rows as the importer writes them (ADR 0001), each EXERCISED_BY one
// organization over the row's own dates, optionally SUPERSEDES an older version of the same row.
UNWIND $rows AS row
CREATE (p:Power {
  id: row.id, identityKey: row.identityKey, contentHash: row.contentHash, code: row.code,
  name: row.name, subName: row.subName, category: row.category, rawCategory: row.rawCategory,
  status: 'ACTIVE', citations: '[]', accountability: [],
  validFrom: date(row.validFrom), validTo: date(row.validTo),
  sourceFile: 'test', sourceSheet: 'Sheet1', sourceRow: row.sourceRow
})
WITH p, row
CALL (p, row) {
  MATCH (o:Organization {id: row.organizationId})
  CREATE (p)-[:EXERCISED_BY {basis: 'STATUTORY', validFrom: date(row.validFrom), validTo: date(row.validTo)}]->(o)
}
CALL (p, row) {
  MATCH (old:Power {id: row.supersedesId})
  CREATE (p)-[:SUPERSEDES]->(old)
}
RETURN count(p) AS written
