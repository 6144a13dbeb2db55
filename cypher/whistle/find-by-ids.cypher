// Whistle matters by id, for the DataLoader (node(id:)), with the needed powers as of $asOf.
WITH date($asOf) AS asOf
UNWIND $ids AS id
MATCH (m:WhistleMatter {id: id})
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
