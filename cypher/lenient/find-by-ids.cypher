// Lenient items by id, for the DataLoader. appliesTo: one version per linked list row, the newest
// that had started by $asOf (APPLIES_TO is copied to new versions of a row).
WITH date($asOf) AS asOf
UNWIND $ids AS id
MATCH (x:LenientItem {id: id})
RETURN x {
  .id, .kind, .violation, .conditions, .violationBasis, .penaltyBasis, .lenientBasis,
  .validFrom, .validTo,
  asOf: $asOf,
  appliesToIds: COLLECT {
    MATCH (x)-[:APPLIES_TO]->(p:Power)
    WHERE NOT EXISTS {
        MATCH (x)-[:APPLIES_TO]->(n:Power)-[:SUPERSEDES*1..]->(p)
        WHERE {{startOf n}} <= asOf
      }
      AND NOT ({{startOf p}} > asOf
        AND EXISTS { MATCH (p)-[:SUPERSEDES*1..]->(:Power)<-[:APPLIES_TO]-(x) })
    RETURN p.id ORDER BY p.name, p.id
  },
  implementedByIds: COLLECT { MATCH (x)-[:IMPLEMENTED_BY]->(o:Organization) RETURN o.id ORDER BY o.name, o.id }
} AS item
