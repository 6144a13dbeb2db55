// Undo: puts back one property of a node that existed before the change set (null removes it).
// $rows come in reverse order of the changes, so the oldest value is written last.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Organization {id: row.id}) RETURN n
  UNION
  MATCH (n:Power {id: row.id}) RETURN n
  UNION MATCH (n:{{label}} {id: row.id}) RETURN n
}
SET n[row.key] = CASE WHEN row.date THEN date(row.value) ELSE row.value END
RETURN count(*) AS restored
