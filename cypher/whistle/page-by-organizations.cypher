// One page of matters led by each requested organization (whistleMattersLed), one round trip per batch.
// $limit is the largest page size of the batch (plus one); the caller trims each page to its own.
UNWIND $requests AS r
CALL (r) {
  WITH r, date(r.asOf) AS asOf
  MATCH (m:WhistleMatter)-[:LEAD]->(:Organization {id: r.organizationId})
  WHERE {{inForce m asOf}}
    AND (r.afterName IS NULL OR m.name > r.afterName OR (m.name = r.afterName AND m.id > r.afterId))
  WITH m, asOf
  ORDER BY m.name, m.id
  LIMIT toInteger($limit)
  RETURN m, asOf
}
RETURN r.key AS key, m {
  .id, .name, .kind, .urgency, .responseLimitMinutes, .closeLimitDays, .streetDuty, .remarks,
  .validFrom, .validTo,
  asOf: r.asOf,
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
ORDER BY key, m.name, m.id
