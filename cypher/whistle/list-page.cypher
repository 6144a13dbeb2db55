// One page of whistle matters on the list on $asOf, filtered, ordered by (name, id), after the cursor.
// neededPowerIds: one version per linked list row, the newest that had started by asOf (NEEDS_POWER
// is copied to new versions of a row, so several versions of one row may be linked).
WITH date($asOf) AS asOf
MATCH (m:WhistleMatter)
WHERE {{inForce m asOf}}
  AND ($nameContains IS NULL OR m.name CONTAINS $nameContains)
  AND ($leadId IS NULL OR EXISTS { MATCH (m)-[:LEAD]->(:Organization {id: $leadId}) })
  AND ($whistledById IS NULL OR EXISTS { MATCH (m)-[:WHISTLED_BY]->(:Organization {id: $whistledById}) })
  AND ($afterName IS NULL OR m.name > $afterName OR (m.name = $afterName AND m.id > $afterId))
WITH m, asOf
ORDER BY m.name, m.id
LIMIT toInteger($limit)
RETURN m {
  .id, .name, .kind, .urgency, .responseLimitMinutes, .closeLimitDays, .streetDuty, .remarks,
  .validFrom, .validTo,
  asOf: $asOf,
  whistledByIds: COLLECT { MATCH (m)-[:WHISTLED_BY]->(o:Organization) RETURN o.id ORDER BY o.name, o.id },
  leadIds: COLLECT { MATCH (m)-[:LEAD]->(o:Organization) RETURN o.id ORDER BY o.name, o.id },
  cooperatingIds: COLLECT { MATCH (m)-[:COOPERATES]->(o:Organization) RETURN o.id ORDER BY o.name, o.id },
  neededPowerIds: COLLECT {
    MATCH (m)-[:NEEDS_POWER]->(p:Power)
    WHERE NOT EXISTS {
        MATCH (m)-[:NEEDS_POWER]->(n:Power)-[:SUPERSEDES*1..]->(p)
        WHERE {{startOf n}} <= asOf
      }
      AND NOT ({{startOf p}} > asOf
        AND EXISTS { MATCH (p)-[:SUPERSEDES*1..]->(:Power)<-[:NEEDS_POWER]-(m) })
    RETURN p.id ORDER BY p.name, p.id
  }
} AS matter
