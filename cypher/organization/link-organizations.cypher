// Division and parent links of organizations, replaced only when they changed.
UNWIND $rows AS row
MATCH (o:Organization {nameKey: row.nameKey})
CALL (o, row) {
  OPTIONAL MATCH (o)-[old:IN_DIVISION]->(d:AdminDivision)
  WHERE d.code <> coalesce(row.divisionCode, '')
  DELETE old
}
CALL (o, row) {
  MATCH (d:AdminDivision {code: row.divisionCode})
  MERGE (o)-[:IN_DIVISION]->(d)
}
CALL (o, row) {
  OPTIONAL MATCH (o)-[old:PART_OF]->(p:Organization)
  WHERE p.nameKey <> coalesce(row.parentNameKey, '')
  DELETE old
}
CALL (o, row) {
  MATCH (p:Organization {nameKey: row.parentNameKey})
  MERGE (o)-[:PART_OF]->(p)
}
RETURN count(o) AS linked
