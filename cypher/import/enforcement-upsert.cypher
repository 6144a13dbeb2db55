// Enforcement items (one hand-over of one power to one township) with HANDS_OVER, FROM and TO. MERGE by id:
// a row version that comes back unchanged at the same date is the same node.
UNWIND $rows AS row
MERGE (e:EnforcementItem {id: row.id})
SET e.identityKey = row.identityKey, e.contentHash = row.contentHash, e.seqNo = row.seqNo, e.name = row.name,
    e.originalCode = row.originalCode, e.rawCategory = row.rawCategory, e.rawMode = row.rawMode, e.mode = row.mode,
    e.actsInNameOf = row.actsInNameOf, e.decisionDocNo = row.decisionDocNo, e.published = row.published,
    e.validFrom = date(row.validFrom), e.validTo = date(row.validTo), e.evaluationDue = date(row.evaluationDue),
    e.status = row.status, e.remarks = row.remarks,
    e.sourceFile = row.sourceFile, e.sourceSheet = row.sourceSheet, e.sourceRow = row.sourceRow, e.raw = row.raw
WITH e, row
CALL (e, row) {
  MATCH (p:Power {id: row.powerId})
  MERGE (e)-[:HANDS_OVER]->(p)
}
CALL (e, row) {
  MATCH (o:Organization {nameKey: row.fromKey})
  MERGE (e)-[:FROM]->(o)
}
CALL (e, row) {
  MATCH (o:Organization {nameKey: row.toKey})
  MERGE (e)-[:TO]->(o)
}
