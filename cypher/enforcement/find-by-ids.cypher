// Enforcement items by id, for the DataLoader (node(id:)); the power version is the one for $asOf.
WITH date($asOf) AS asOf
UNWIND $ids AS id
MATCH (e:EnforcementItem {id: id})
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
