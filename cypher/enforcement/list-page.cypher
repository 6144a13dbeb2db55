// One page of enforcement items in force on $asOf (validFrom <= asOf <= validTo, null = open),
// filtered, ordered by (name, id), after the keyset cursor. The power is the version of the
// handed-over row that had started by asOf (HANDS_OVER is copied to new versions), else the latest.
WITH date($asOf) AS asOf
MATCH (e:EnforcementItem)
WHERE {{inForce e asOf}}
  AND ($modes IS NULL OR e.mode IN $modes)
  AND ($fromId IS NULL OR EXISTS { MATCH (e)-[:FROM]->(:Organization {id: $fromId}) })
  AND ($toId IS NULL OR EXISTS { MATCH (e)-[:TO]->(:Organization {id: $toId}) })
  AND ($powerId IS NULL OR EXISTS { MATCH (e)-[:HANDS_OVER]->(:Power {id: $powerId}) })
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
WITH e, asOf
ORDER BY e.name, e.id
LIMIT toInteger($limit)
RETURN e {
  .id, .name, .originalCode, .rawMode, .mode, .actsInNameOf, .decisionDocNo, .published,
  .validFrom, .validTo, .evaluationDue, .status,
  asOf: $asOf,
  fromId: head([(e)-[:FROM]->(o:Organization) | o.id]),
  toId: head([(e)-[:TO]->(o:Organization) | o.id]),
  powerId: head(COLLECT {
    MATCH (e)-[:HANDS_OVER]->(p:Power)
    RETURN p.id
    ORDER BY CASE WHEN {{startOf p}} <= asOf THEN 0 ELSE 1 END,
      {{startOf p}} DESC, p.id
  })
} AS item
