// SUCCEEDED_BY {date} from an abolished organization to its successor, replaced only when it changed.
UNWIND $rows AS row
MATCH (o:Organization {nameKey: row.nameKey})
CALL (o, row) {
  OPTIONAL MATCH (o)-[old:SUCCEEDED_BY]->(s:Organization)
  WHERE s.nameKey <> coalesce(row.successorKey, '') OR old.date <> date(row.date)
  DELETE old
}
CALL (o, row) {
  MATCH (s:Organization {nameKey: row.successorKey})
  MERGE (o)-[r:SUCCEEDED_BY]->(s)
  SET r.date = date(row.date)
}
