// Test data: Power rows with every ADR 0001 property, and their PowerItem.
UNWIND $rows AS row
MERGE (p:Power {id: row.id})
SET p.identityKey = row.identityKey, p.contentHash = row.contentHash, p.code = row.code, p.seqNo = row.seqNo,
    p.name = row.name, p.subName = row.subName, p.category = row.category, p.rawCategory = row.rawCategory,
    p.levelLabel = row.levelLabel, p.scope = row.scope, p.remarks = row.remarks, p.status = 'ACTIVE',
    p.basisText = row.basisText, p.responsibilityBasisText = row.responsibilityBasisText,
    p.citations = row.citations, p.accountability = row.accountability,
    p.validFrom = date(row.validFrom), p.validTo = date(row.validTo),
    p.sourceFile = row.sourceFile, p.sourceSheet = row.sourceSheet, p.sourceRow = row.sourceRow
MERGE (i:PowerItem {key: row.itemKey})
  ON CREATE SET i.name = row.name, i.category = row.category
MERGE (p)-[:INSTANCE_OF]->(i)
RETURN count(p) AS written
