// Who answers for acts under each power on the date: its active exercisers, and each hand-over in
// effect (both ends active) with its receiver, delegator and mode.
WITH date($effectiveDate) AS d
UNWIND $powerIds AS id
MATCH (p:Power {id: id})
RETURN p.id AS powerId,
  COLLECT {
    MATCH (p)-[e:EXERCISED_BY]->(o:Organization)
    WHERE (e.validFrom IS NULL OR e.validFrom <= d) AND (e.validTo IS NULL OR e.validTo >= d)
      AND (o.validFrom IS NULL OR o.validFrom <= d) AND (o.validTo IS NULL OR o.validTo >= d)
    RETURN DISTINCT o.id AS oid ORDER BY oid
  } AS exerciserIds,
  COLLECT {
    MATCH (p)<-[:HANDS_OVER]-(h:EnforcementItem)-[:TO]->(t:Organization)
    WHERE coalesce(h.status, 'ACTIVE') <> 'RECALLED'
      AND (h.validFrom IS NULL OR h.validFrom <= d) AND (h.validTo IS NULL OR h.validTo >= d)
      AND (t.validFrom IS NULL OR t.validFrom <= d) AND (t.validTo IS NULL OR t.validTo >= d)
    MATCH (h)-[:FROM]->(f:Organization)
    WHERE (f.validFrom IS NULL OR f.validFrom <= d) AND (f.validTo IS NULL OR f.validTo >= d)
    RETURN {toId: t.id, fromId: f.id, mode: h.mode} AS c ORDER BY c.toId, c.fromId
  } AS handOvers
