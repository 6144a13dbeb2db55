// Whistle matters with WHISTLED_BY (markers already expanded), LEAD, COOPERATES and NEEDS_POWER.
UNWIND $rows AS row
MERGE (m:WhistleMatter {id: row.id})
SET m.identityKey = row.identityKey, m.contentHash = row.contentHash, m.seqNo = row.seqNo, m.name = row.name,
    m.kind = row.kind, m.urgency = row.urgency, m.responseLimitMinutes = row.responseLimitMinutes,
    m.closeLimitDays = row.closeLimitDays, m.streetDuty = row.streetDuty, m.remarks = row.remarks,
    m.validFrom = date(row.validFrom), m.validTo = null,
    m.sourceFile = row.sourceFile, m.sourceSheet = row.sourceSheet, m.sourceRow = row.sourceRow, m.raw = row.raw
WITH m, row
CALL (m, row) {
  UNWIND row.whistledBy AS key
  MATCH (o:Organization {nameKey: key})
  MERGE (m)-[:WHISTLED_BY]->(o)
}
CALL (m, row) {
  UNWIND row.lead AS key
  MATCH (o:Organization {nameKey: key})
  MERGE (m)-[:LEAD]->(o)
}
CALL (m, row) {
  UNWIND row.cooperating AS key
  MATCH (o:Organization {nameKey: key})
  MERGE (m)-[:COOPERATES]->(o)
}
CALL (m, row) {
  UNWIND row.powerIds AS powerId
  MATCH (p:Power {id: powerId})
  MERGE (m)-[:NEEDS_POWER]->(p)
}
