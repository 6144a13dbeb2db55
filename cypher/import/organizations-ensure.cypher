// Organizations named in a list but absent from the graph: created, never overwritten.
UNWIND $rows AS row
MERGE (o:Organization {nameKey: row.nameKey})
  ON CREATE SET o.id = row.id, o.name = row.name, o.orgType = row.orgType, o.createdBy = 'REFERENCE',
                o.sourceFile = row.sourceFile
WITH o, row
CALL (o, row) {
  MATCH (parent:Organization {nameKey: row.parentKey})
  MERGE (o)-[:PART_OF]->(parent)
}
CALL (o, row) {
  MATCH (d:AdminDivision {code: row.divisionCode})
  WHERE NOT (o)-[:IN_DIVISION]->(:AdminDivision)
  MERGE (o)-[:IN_DIVISION]->(d)
}
