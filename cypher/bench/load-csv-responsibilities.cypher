// The LOAD CSV floor of the power import: responsibility items (责任事项), one CSV row each.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (p:Power {id: row.powerId})
  CREATE (p)-[:HAS_RESPONSIBILITY]->(:Responsibility {
    id: row.id, order: toInteger(row.order), stage: row.stage, group: row.group, text: row.text
  })
} IN TRANSACTIONS OF 10000 ROWS
