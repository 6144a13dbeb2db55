// Test support: whistle matters (ADR 0001) with WHISTLED_BY, LEAD, COOPERATES and NEEDS_POWER.
UNWIND $rows AS row
CREATE (m:WhistleMatter {
  id: row.id, name: row.name, kind: row.kind, urgency: row.urgency,
  responseLimitMinutes: row.responseLimitMinutes, closeLimitDays: row.closeLimitDays,
  streetDuty: row.streetDuty, remarks: row.remarks,
  validFrom: date(row.validFrom), validTo: date(row.validTo),
  sourceFile: 'test', sourceSheet: 'Sheet1', sourceRow: row.sourceRow
})
WITH m, row
CALL (m, row) {
  UNWIND row.whistledByIds AS orgId
  MATCH (o:Organization {id: orgId})
  CREATE (m)-[:WHISTLED_BY]->(o)
}
CALL (m, row) {
  UNWIND row.leadIds AS orgId
  MATCH (o:Organization {id: orgId})
  CREATE (m)-[:LEAD]->(o)
}
CALL (m, row) {
  UNWIND row.cooperatingIds AS orgId
  MATCH (o:Organization {id: orgId})
  CREATE (m)-[:COOPERATES]->(o)
}
CALL (m, row) {
  UNWIND row.powerIds AS powerId
  MATCH (p:Power {id: powerId})
  CREATE (m)-[:NEEDS_POWER]->(p)
}
RETURN count(m) AS written
