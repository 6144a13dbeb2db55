// Number of enforcement items matching the same filter as list-page (no cursor).
WITH date($asOf) AS asOf
MATCH (e:EnforcementItem)
WHERE {{inForce e asOf}}
  AND ($modes IS NULL OR e.mode IN $modes)
  AND ($fromId IS NULL OR EXISTS { MATCH (e)-[:FROM]->(:Organization {id: $fromId}) })
  AND ($toId IS NULL OR EXISTS { MATCH (e)-[:TO]->(:Organization {id: $toId}) })
  AND ($powerId IS NULL OR EXISTS { MATCH (e)-[:HANDS_OVER]->(:Power {id: $powerId}) })
RETURN count(e) AS total
