// Rows of a list kind that a newer list dropped or replaced end the day before it starts (an earlier
// end of their own, e.g. a recalled hand-over, is kept). $label picks the row label (every list kind's, and a
// guiding catalog's CatalogItem); each branch is an index seek.
UNWIND $rows AS row
CALL (row) {
  {{UNION}} MATCH (n:{{label}} {id: row.id}) WHERE $label = '{{label}}' RETURN n
  UNION MATCH (n:CatalogItem {id: row.id}) WHERE $label = 'CatalogItem' RETURN n
}
WITH n
WHERE n.validTo IS NULL OR n.validTo > date($validTo)
SET n.validTo = date($validTo)
