// The LOAD CSV floor of the power import: a sub-item row (子项) to its item row.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (child:Power {id: row.childId}), (parent:Power {id: row.parentId})
  MERGE (child)-[:SUB_ITEM_OF]->(parent)
} IN TRANSACTIONS OF 10000 ROWS
