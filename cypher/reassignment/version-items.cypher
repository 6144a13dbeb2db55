// A new version of each list row (hand-over, whistle matter, duty item, four-lists item) from the
// effective date, as the importer versions rows (ADR 0001): same properties and outgoing
// relationships, in the same lists (CONTAINS from each ListVersion that holds the old one, so a
// later import of the list finds it), SUPERSEDES the old one, which ends the day before. The caller then re-points the
// new version. Returns the old validTo, for the undo log.
WITH date($effectiveDate) AS d
UNWIND $rows AS row
CALL (row) {
  {{UNION}} MATCH (o:{{label}} {id: row.id}) RETURN o
}
WITH d, row, o, o.validTo AS oldValidTo,
  CASE WHEN o.validFrom IS NOT NULL AND o.validFrom > d THEN o.validFrom ELSE d END AS start
CREATE (n:$(labels(o)))
SET n = o {.*, id: row.newId, validFrom: start, createdBy: 'REASSIGNMENT'}
SET o.validTo = start - duration({days: 1})
CREATE (n)-[:SUPERSEDES]->(o)
WITH row, o, n, oldValidTo
CALL (o, n) {
  MATCH (o)-[r]->(m)
  WHERE type(r) <> 'SUPERSEDES'
  CREATE (n)-[c:$(type(r))]->(m)
  SET c = properties(r)
}
CALL (o, n) {
  MATCH (l:ListVersion)-[:CONTAINS]->(o)
  CREATE (l)-[:CONTAINS]->(n)
}
RETURN row.id AS id, row.newId AS newId, labels(o)[0] AS label, toString(oldValidTo) AS oldValidTo
