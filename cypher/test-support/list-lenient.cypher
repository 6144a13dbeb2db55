// Test support: lenient items (ADR 0001) with APPLIES_TO and IMPLEMENTED_BY.
UNWIND $rows AS row
CREATE (l:LenientItem {
  id: row.id, kind: row.kind, violation: row.violation, conditions: row.conditions,
  violationBasis: row.violationBasis, penaltyBasis: row.penaltyBasis, lenientBasis: row.lenientBasis,
  validFrom: date(row.validFrom), validTo: date(row.validTo),
  sourceFile: 'test', sourceSheet: 'Sheet1', sourceRow: row.sourceRow
})
WITH l, row
CALL (l, row) {
  UNWIND row.powerIds AS powerId
  MATCH (p:Power {id: powerId})
  CREATE (l)-[:APPLIES_TO]->(p)
}
CALL (l, row) {
  UNWIND row.implementedByIds AS orgId
  MATCH (o:Organization {id: orgId})
  CREATE (l)-[:IMPLEMENTED_BY]->(o)
}
RETURN count(l) AS written
