// Township duty items by id, for the DataLoader. Counterparts: the PRIMARY one first. Needed powers:
// one version per linked list row, the newest that had started by $asOf.
WITH date($asOf) AS asOf
UNWIND $ids AS id
MATCH (x:TownshipDutyItem {id: id})
RETURN x {
  .id, .listKind, .name, .townshipDuty, .departmentDuty, .basis, .validFrom, .validTo,
  asOf: $asOf,
  townshipId: head([(x)-[:OF_TOWNSHIP]->(o:Organization) | o.id]),
  counterpartIds: COLLECT {
    MATCH (x)-[c:COUNTERPART]->(o:Organization)
    RETURN o.id ORDER BY CASE c.role WHEN 'PRIMARY' THEN 0 ELSE 1 END, o.name, o.id
  },
  primaryCounterpartId: head([(x)-[c:COUNTERPART {role: 'PRIMARY'}]->(o:Organization) | o.id]),
  neededPowerIds: COLLECT {
    MATCH (x)-[:NEEDS_POWER]->(p:Power)
    WHERE NOT EXISTS {
        MATCH (x)-[:NEEDS_POWER]->(n:Power)-[:SUPERSEDES*1..]->(p)
        WHERE {{startOf n}} <= asOf
      }
      AND NOT ({{startOf p}} > asOf
        AND EXISTS { MATCH (p)-[:SUPERSEDES*1..]->(:Power)<-[:NEEDS_POWER]-(x) })
    RETURN p.id ORDER BY p.name, p.id
  }
} AS item
