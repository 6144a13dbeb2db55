// Test support (findings): hand-overs (EnforcementItem, ADR 0001) with every field under the test's
// control, HANDS_OVER each given power version, FROM and TO.
UNWIND $rows AS row
CREATE (e:EnforcementItem {
  id: row.id, name: row.name, originalCode: null, rawMode: row.rawMode, mode: row.mode,
  actsInNameOf: row.actsInNameOf, decisionDocNo: row.decisionDocNo, published: row.published,
  validFrom: date(row.validFrom), validTo: date(row.validTo), evaluationDue: date(row.evaluationDue),
  status: row.status, sourceFile: row.sourceFile, sourceSheet: 'Sheet1', sourceRow: row.sourceRow
})
WITH e, row
CALL (e, row) {
  UNWIND row.powerIds AS powerId
  MATCH (p:Power {id: powerId})
  CREATE (e)-[:HANDS_OVER]->(p)
}
CALL (e, row) {
  MATCH (o:Organization {id: row.fromId})
  CREATE (e)-[:FROM]->(o)
}
CALL (e, row) {
  MATCH (o:Organization {id: row.toId})
  CREATE (e)-[:TO]->(o)
}
RETURN count(e) AS written
