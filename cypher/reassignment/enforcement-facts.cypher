// The hand-overs a plan names: found, and in effect on the effective date (dates and status).
WITH date($effectiveDate) AS d
UNWIND $ids AS id
OPTIONAL MATCH (h:EnforcementItem {id: id})
RETURN id, h IS NOT NULL AS found,
  h IS NOT NULL AND coalesce(h.status, 'ACTIVE') <> 'RECALLED'
    AND {{inForce h d}} AS active,
  [(h)-[:HANDS_OVER]->(p:Power) | p.id] AS powerIds,
  head([(h)-[:FROM]->(o:Organization) | o.id]) AS fromId,
  head([(h)-[:TO]->(o:Organization) | o.id]) AS toId
