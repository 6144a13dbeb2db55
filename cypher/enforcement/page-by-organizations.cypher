// One page per request, for the organization-side connections (enforcementItemsReceived: side TO,
// $limit is the largest page size of the batch (plus one); the caller trims each page to its own.
// enforcementItemsHandedOver: side FROM), all requests of a batch in one round trip.
UNWIND $requests AS r
CALL (r) {
  WITH r, date(r.asOf) AS asOf
  MATCH (e:EnforcementItem)-[rel:FROM|TO]->(:Organization {id: r.organizationId})
  WHERE type(rel) = r.side
    AND {{inForce e asOf}}
    AND (r.afterName IS NULL OR e.name > r.afterName OR (e.name = r.afterName AND e.id > r.afterId))
  WITH e, asOf
  ORDER BY e.name, e.id
  LIMIT toInteger($limit)
  RETURN e, asOf
}
RETURN r.key AS key, e {
  .id, .name, .originalCode, .rawMode, .mode, .actsInNameOf, .decisionDocNo, .published,
  .validFrom, .validTo, .evaluationDue, .status,
  asOf: r.asOf,
  fromId: head([(e)-[:FROM]->(o:Organization) | o.id]),
  toId: head([(e)-[:TO]->(o:Organization) | o.id]),
  powerId: head(COLLECT {
    MATCH (e)-[:HANDS_OVER]->(p:Power)
    RETURN p.id
    ORDER BY CASE WHEN {{startOf p}} <= asOf THEN 0 ELSE 1 END,
      {{startOf p}} DESC, p.id
  })
} AS item
ORDER BY key, e.name, e.id
