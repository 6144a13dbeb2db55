// PART_OF links of divisions, replaced only when they changed (re-importing changes nothing).
UNWIND $rows AS row
MATCH (d:AdminDivision {code: row.code})
CALL (d, row) {
  OPTIONAL MATCH (d)-[old:PART_OF]->(p:AdminDivision)
  WHERE p.code <> coalesce(row.parentCode, '')
  DELETE old
}
CALL (d, row) {
  MATCH (p:AdminDivision {code: row.parentCode})
  MERGE (d)-[:PART_OF]->(p)
}
RETURN count(d) AS linked
