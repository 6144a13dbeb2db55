// New row versions with who exercises them, their power item and their internal unit.
UNWIND $rows AS row
MATCH (o:Organization {nameKey: row.exercisedByKey})
CREATE (p:Power {id: row.id})
SET p.identityKey = row.identityKey, p.contentHash = row.contentHash, p.code = row.code, p.seqNo = row.seqNo,
    p.codeKey = row.codeKey, p.codeLayout = row.codeLayout, p.codeArea = row.codeArea,
    p.codeDepartment = row.codeDepartment, p.codeType = row.codeType, p.codeItem = row.codeItem,
    p.codeSubItem = row.codeSubItem,
    p.name = row.name, p.subName = row.subName, p.category = row.category, p.rawCategory = row.rawCategory,
    p.levelLabel = row.levelLabel, p.scope = row.scope, p.remarks = row.remarks,
    p.departmentDuty = row.departmentDuty, p.status = 'ACTIVE', p.basisText = row.basisText,
    p.responsibilityBasisText = row.responsibilityBasisText, p.citations = row.citations, p.basisLevel = row.basisLevel,
    p.accountability = row.accountability, p.validFrom = date($validFrom), p.validTo = null,
    p.sourceFile = row.sourceFile, p.sourceSheet = row.sourceSheet, p.sourceRow = row.sourceRow, p.raw = row.raw
CREATE (p)-[:EXERCISED_BY {basis: 'STATUTORY', validFrom: date($validFrom), validTo: null}]->(o)
MERGE (item:PowerItem {key: row.itemKey})
  ON CREATE SET item.name = row.name, item.subName = row.subName, item.category = row.category
CREATE (p)-[:INSTANCE_OF]->(item)
WITH p, row
CALL (p, row) {
  UNWIND row.undertakenByKeys AS unitKey
  MATCH (unit:Organization {nameKey: unitKey})
  CREATE (p)-[:UNDERTAKEN_BY]->(unit)
}
CALL (p, row) {
  UNWIND row.responsibilities AS r
  CREATE (p)-[:HAS_RESPONSIBILITY]->(:Responsibility {id: r.id, order: r.order, stage: r.stage, group: r.group, text: r.text})
}
