// CONTAINS from the list to each of its rows. $label picks the row label; each branch is an index seek.
UNWIND $rows AS row
MATCH (l:ListVersion {id: $listId})
CALL (l, row) {
  MATCH (n:Power {id: row.id}) WHERE $label = 'Power'
  MERGE (l)-[:CONTAINS]->(n)
}
CALL (l, row) {
  MATCH (n:EnforcementItem {id: row.id}) WHERE $label = 'EnforcementItem'
  MERGE (l)-[:CONTAINS]->(n)
}
CALL (l, row) {
  MATCH (n:WhistleMatter {id: row.id}) WHERE $label = 'WhistleMatter'
  MERGE (l)-[:CONTAINS]->(n)
}
CALL (l, row) {
  MATCH (n:TownshipDutyItem {id: row.id}) WHERE $label = 'TownshipDutyItem'
  MERGE (l)-[:CONTAINS]->(n)
}
CALL (l, row) {
  MATCH (n:LenientItem {id: row.id}) WHERE $label = 'LenientItem'
  MERGE (l)-[:CONTAINS]->(n)
}
