// Moves exercise from the effective date d: each EXERCISED_BY (power -> from) in force on d ends
// the day before d, and one (power -> to) with the same properties starts on d (none is created
// when `to` already exercises the power then). Returns what changed, for the undo log.
WITH date($effectiveDate) AS d
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId})-[r:EXERCISED_BY]->(:Organization {id: row.fromId})
WHERE {{inForce r d}}
MATCH (t:Organization {id: row.toId})
WITH d, p, r, t, r.validTo AS oldValidTo, properties(r) AS props,
  EXISTS {
    MATCH (p)-[x:EXERCISED_BY]->(t)
    WHERE {{inForce x d}}
  } AS already
SET r.validTo = d - duration({days: 1})
WITH d, p, r, t, oldValidTo, props, already
CALL (d, p, t, oldValidTo, props, already) {
  WITH * WHERE NOT already
  CREATE (p)-[n:EXERCISED_BY]->(t)
  SET n = props, n.validFrom = d, n.validTo = oldValidTo
  RETURN elementId(n) AS createdId
  UNION
  WITH * WHERE already
  RETURN null AS createdId
}
RETURN p.id AS powerId, elementId(r) AS endedId, toString(oldValidTo) AS oldValidTo, createdId
