// Test data: (Power)-[:UNDERTAKEN_BY]->(internal unit) and (sub-item)-[:SUB_ITEM_OF]->(item row).
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId})
CALL (p, row) {
  MATCH (u:Organization {id: row.unitId})
  MERGE (p)-[:UNDERTAKEN_BY]->(u)
}
CALL (p, row) {
  MATCH (q:Power {id: row.parentId})
  MERGE (p)-[:SUB_ITEM_OF]->(q)
}
RETURN count(p) AS linked
