// Lenient items (四张清单) with APPLIES_TO (the powers they soften) and IMPLEMENTED_BY (实施部门).
UNWIND $rows AS row
MERGE (l:LenientItem {id: row.id})
SET l.identityKey = row.identityKey, l.contentHash = row.contentHash, l.seqNo = row.seqNo, l.kind = row.kind,
    l.violation = row.violation, l.conditions = row.conditions, l.violationBasis = row.violationBasis,
    l.penaltyBasis = row.penaltyBasis, l.lenientBasis = row.lenientBasis, l.remarks = row.remarks,
    l.validFrom = date(row.validFrom), l.validTo = null,
    l.sourceFile = row.sourceFile, l.sourceSheet = row.sourceSheet, l.sourceRow = row.sourceRow, l.raw = row.raw
WITH l, row
CALL (l, row) {
  UNWIND row.powerIds AS powerId
  MATCH (p:Power {id: powerId})
  MERGE (l)-[:APPLIES_TO]->(p)
}
CALL (l, row) {
  MATCH (o:Organization {nameKey: row.implementedByKey})
  MERGE (l)-[:IMPLEMENTED_BY]->(o)
}
