// Rows of a list kind that a newer list dropped or replaced end the day before it starts (an earlier
// end of their own, e.g. a recalled hand-over, is kept). $label picks the row label; each branch is an index seek.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:EnforcementItem {id: row.id}) WHERE $label = 'EnforcementItem'
  RETURN n
  UNION
  MATCH (n:WhistleMatter {id: row.id}) WHERE $label = 'WhistleMatter'
  RETURN n
  UNION
  MATCH (n:TownshipDutyItem {id: row.id}) WHERE $label = 'TownshipDutyItem'
  RETURN n
  UNION
  MATCH (n:LenientItem {id: row.id}) WHERE $label = 'LenientItem'
  RETURN n
}
WITH n
WHERE n.validTo IS NULL OR n.validTo > date($validTo)
SET n.validTo = date($validTo)
