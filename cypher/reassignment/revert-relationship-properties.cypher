// Undo: puts back one property of a relationship that existed before the change set.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.id
SET r[row.key] = CASE WHEN row.date THEN date(row.value) ELSE row.value END
RETURN count(*) AS restored
