// A power list row version written by an item operation (addPower, changePower), with the
// properties the importer gives a row (import/powers-create): its exercise from the effective date,
// its power item, internal units, duties and parent row, in the lists given. Returns whether the
// power item is new, for the undo log.
WITH date($effectiveDate) AS d, $row AS row
OPTIONAL MATCH (existing:PowerItem {key: row.itemKey})
CREATE (p:Power {id: row.id})
SET p += row.properties, p.status = 'ACTIVE', p.validFrom = d, p.validTo = null
MERGE (item:PowerItem {key: row.itemKey})
  ON CREATE SET item.name = row.properties.name, item.subName = row.properties.subName, item.category = row.properties.category
CREATE (p)-[:INSTANCE_OF]->(item)
WITH d, row, p, existing IS NULL AS itemCreated
CALL (d, row, p) {
  UNWIND row.exercises AS x
  MATCH (o:Organization {id: x.organizationId})
  CREATE (p)-[:EXERCISED_BY {basis: x.basis, validFrom: d, validTo: date(x.validTo)}]->(o)
}
CALL (row, p) {
  UNWIND row.unitIds AS unitId
  MATCH (u:Organization {id: unitId})
  CREATE (p)-[:UNDERTAKEN_BY]->(u)
}
CALL (row, p) {
  UNWIND row.responsibilities AS r
  CREATE (p)-[:HAS_RESPONSIBILITY]->(:Responsibility {id: r.id, order: r.order, stage: r.stage, group: r.group, text: r.text})
}
CALL (row, p) {
  MATCH (q:Power {id: row.parentId})
  CREATE (p)-[:SUB_ITEM_OF]->(q)
}
CALL (row, p) {
  UNWIND row.listIds AS listId
  MATCH (l:ListVersion {id: listId})
  CREATE (l)-[:CONTAINS]->(p)
}
RETURN itemCreated
