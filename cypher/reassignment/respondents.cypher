// Who answers for acts under each power on the date: its active exercisers, and each hand-over in
// effect (both ends active) with its receiver, delegator and mode.
WITH date($effectiveDate) AS d
UNWIND $powerIds AS id
MATCH (p:Power {id: id})
RETURN p.id AS powerId,
  COLLECT {
    MATCH (p)-[e:EXERCISED_BY]->(o:Organization)
    WHERE {{inForce e d}}
      AND {{activeOrganization o d}}
    RETURN DISTINCT o.id AS oid ORDER BY oid
  } AS exerciserIds,
  COLLECT {
    MATCH (p)<-[:HANDS_OVER]-(h:EnforcementItem)-[:TO]->(t:Organization)
    WHERE coalesce(h.status, 'ACTIVE') <> 'RECALLED'
      AND {{inForce h d}}
      AND {{activeOrganization t d}}
    MATCH (h)-[:FROM]->(f:Organization)
    WHERE {{activeOrganization f d}}
    RETURN {toId: t.id, fromId: f.id, mode: h.mode} AS c ORDER BY c.toId, c.fromId
  } AS handOvers
