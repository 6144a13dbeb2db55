// Organizations a list names but the graph lacks: created by reference with the row that named them,
// never overwritten (the organizations file fills them in later).
UNWIND $rows AS row
MERGE (o:Organization {nameKey: row.nameKey})
  ON CREATE SET o.id = row.id, o.name = row.name, o.orgType = row.orgType, o.createdBy = 'REFERENCE',
                o.sourceFile = row.sourceFile, o.sourceSheet = row.sourceSheet, o.sourceRow = row.sourceRow
WITH o, row
CALL (o, row) {
  MATCH (d:AdminDivision {code: row.divisionCode})
  WHERE NOT (o)-[:IN_DIVISION]->(:AdminDivision)
  MERGE (o)-[:IN_DIVISION]->(d)
}
