// CONTAINS from the list to each of its rows. $label picks the row label: the guard runs before
// the branch's index seek, so each row costs one seek, and the one MERGE after the union needs no
// Eager between label branches.
MATCH (l:ListVersion {id: $listId})
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE $label = 'Power'
  MATCH (n:Power {id: row.id})
  RETURN n
  UNION WITH row WHERE $label = '{{label}}' MATCH (n:{{label}} {id: row.id}) RETURN n
  UNION WITH row WHERE $label = 'CatalogItem' MATCH (n:CatalogItem {id: row.id}) RETURN n
}
MERGE (l)-[:CONTAINS]->(n)
