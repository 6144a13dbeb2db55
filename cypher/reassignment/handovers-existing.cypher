// Hand-overs already in effect on the date for (power, from, to): a plan may not hand over twice.
WITH date($effectiveDate) AS d
UNWIND $rows AS row
MATCH (:Organization {id: row.toId})<-[:TO]-(h:EnforcementItem)-[:HANDS_OVER]->(:Power {id: row.powerId})
WHERE coalesce(h.status, 'ACTIVE') <> 'RECALLED'
  AND {{inForce h d}}
  AND EXISTS { (h)-[:FROM]->(:Organization {id: row.fromId}) }
RETURN DISTINCT row.powerId AS powerId, row.toId AS toId, h.id AS id
