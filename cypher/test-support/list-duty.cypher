// Test support: township duty items (ADR 0001) with OF_TOWNSHIP, COUNTERPART (the first listed
// PRIMARY, the rest SECONDARY) and NEEDS_POWER.
UNWIND $rows AS row
CREATE (d:TownshipDutyItem {
  id: row.id, listKind: row.listKind, name: row.name, townshipDuty: row.townshipDuty,
  departmentDuty: row.departmentDuty, basis: row.basis,
  validFrom: date(row.validFrom), validTo: date(row.validTo),
  sourceFile: 'test', sourceSheet: 'Sheet1', sourceRow: row.sourceRow
})
WITH d, row
CALL (d, row) {
  MATCH (o:Organization {id: row.townshipId})
  CREATE (d)-[:OF_TOWNSHIP]->(o)
}
CALL (d, row) {
  UNWIND range(0, size(row.counterpartIds) - 1) AS i
  MATCH (o:Organization {id: row.counterpartIds[i]})
  CREATE (d)-[:COUNTERPART {role: CASE i WHEN 0 THEN 'PRIMARY' ELSE 'SECONDARY' END}]->(o)
}
CALL (d, row) {
  UNWIND row.powerIds AS powerId
  MATCH (p:Power {id: powerId})
  CREATE (d)-[:NEEDS_POWER]->(p)
}
RETURN count(d) AS written
