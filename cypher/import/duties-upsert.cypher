// Township duty items with OF_TOWNSHIP, COUNTERPART {role} (the first listed PRIMARY) and NEEDS_POWER.
UNWIND $rows AS row
MERGE (d:TownshipDutyItem {id: row.id})
SET d.identityKey = row.identityKey, d.contentHash = row.contentHash, d.seqNo = row.seqNo, d.listKind = row.listKind,
    d.name = row.name, d.townshipDuty = row.townshipDuty, d.departmentDuty = row.departmentDuty, d.basis = row.basis,
    d.remarks = row.remarks, d.validFrom = date(row.validFrom), d.validTo = null,
    d.sourceFile = row.sourceFile, d.sourceSheet = row.sourceSheet, d.sourceRow = row.sourceRow, d.raw = row.raw
WITH d, row
CALL (d, row) {
  MATCH (o:Organization {nameKey: row.townshipKey})
  MERGE (d)-[:OF_TOWNSHIP]->(o)
}
CALL (d, row) {
  UNWIND row.counterparts AS c
  MATCH (o:Organization {nameKey: c.key})
  MERGE (d)-[:COUNTERPART {role: c.role}]->(o)
}
CALL (d, row) {
  UNWIND row.powerIds AS powerId
  MATCH (p:Power {id: powerId})
  MERGE (d)-[:NEEDS_POWER]->(p)
}
