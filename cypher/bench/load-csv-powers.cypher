// The LOAD CSV floor of the power import (bench/load-csv.ts): the Power nodes, exercise, item and
// internal-unit links of import/powers-create, from rows already validated and resolved.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (o:Organization {nameKey: row.exercisedByKey})
  CREATE (p:Power {id: row.id})
  SET p.identityKey = row.identityKey, p.contentHash = row.contentHash, p.code = row.code, p.seqNo = row.seqNo,
      p.name = row.name, p.subName = row.subName, p.category = row.category, p.rawCategory = row.rawCategory,
      p.levelLabel = row.levelLabel, p.scope = row.scope, p.remarks = row.remarks,
      p.departmentDuty = row.departmentDuty, p.status = 'ACTIVE', p.basisText = row.basisText,
      p.responsibilityBasisText = row.responsibilityBasisText, p.citations = row.citations,
      p.accountability = CASE WHEN row.accountability IS NULL THEN [] ELSE split(row.accountability, $separator) END,
      p.validFrom = date($validFrom), p.validTo = null,
      p.sourceFile = row.sourceFile, p.sourceSheet = row.sourceSheet, p.sourceRow = toInteger(row.sourceRow), p.raw = row.raw
  CREATE (p)-[:EXERCISED_BY {basis: 'STATUTORY', validFrom: date($validFrom), validTo: null}]->(o)
  MERGE (item:PowerItem {key: row.itemKey})
    ON CREATE SET item.name = row.name, item.subName = row.subName, item.category = row.category
  CREATE (p)-[:INSTANCE_OF]->(item)
  WITH p, row
  CALL (p, row) {
    MATCH (unit:Organization {nameKey: row.undertakenByKey})
    CREATE (p)-[:UNDERTAKEN_BY]->(unit)
  }
} IN TRANSACTIONS OF 5000 ROWS
