// Test support (reassignment): Power rows with their PowerItem, a responsibility-free minimum of
// ADR 0001's properties, and EXERCISED_BY {basis, validFrom} to each exerciser.
UNWIND $rows AS row
CREATE (p:Power {id: row.id, identityKey: row.id, contentHash: row.id, name: row.name, category: row.category,
  rawCategory: row.rawCategory, status: 'ACTIVE', citations: '[]', accountability: [], validFrom: date(row.validFrom),
  sourceFile: row.sourceFile, sourceRow: 1})
MERGE (i:PowerItem {key: row.itemKey})
  ON CREATE SET i.name = row.name, i.category = row.category
CREATE (p)-[:INSTANCE_OF]->(i)
WITH p, row
CALL (p, row) {
  UNWIND row.exercisedBy AS oid
  MATCH (o:Organization {id: oid})
  CREATE (p)-[:EXERCISED_BY {basis: 'STATUTORY', validFrom: date(row.validFrom)}]->(o)
}
RETURN count(p) AS written
