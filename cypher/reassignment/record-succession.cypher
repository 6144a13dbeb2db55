// An OrgChangeEvent (机构改革事件) with its ORIGINAL organizations and, with a successor, the
// RESULTING one and SUCCEEDED_BY {date} from each original. Returns the SUCCEEDED_BY created.
WITH date($effectiveDate) AS d
CREATE (ev:OrgChangeEvent {id: $eventId, type: $type, effectiveDate: d, docNo: $docNo})
WITH d, ev
CALL (ev) {
  MATCH (s:Organization {id: $successorId})
  CREATE (ev)-[:RESULTING]->(s)
}
UNWIND $originalIds AS oid
MATCH (o:Organization {id: oid})
CREATE (ev)-[:ORIGINAL]->(o)
WITH d, o
CALL (d, o) {
  MATCH (s:Organization {id: $successorId})
  CREATE (o)-[x:SUCCEEDED_BY {date: d}]->(s)
  RETURN elementId(x) AS createdId
}
RETURN createdId
