// SAME_POWER (issue 5): power items exercised on $asOf by two or more distinct organizations of
// the same level (the level of their division), none holding it by a hand-over. Organizations
// that also receive the item by a hand-over active on $asOf hold it by delegation or entrustment
// and are left out. One row per (item, level) with two or more holders. $categories is never
// null (the caller passes every category), so the PowerItem.category index is used.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (i:PowerItem)
  USING INDEX i:PowerItem(category)
  WHERE i.category IN $categories
  RETURN DISTINCT i
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:EXERCISED_BY]-(:Power)-[:INSTANCE_OF]->(i:PowerItem)
  WHERE o.id IN ids AND i.category IN $categories
  RETURN DISTINCT i
}
WITH date($asOf) AS asOf, i
// Receivers of the item by a hand-over active on asOf, once per item (not once per holder).
WITH i, asOf, COLLECT {
  MATCH (i)<-[:INSTANCE_OF]-(:Power)<-[:HANDS_OVER]-(h:EnforcementItem)-[:TO]->(t)
  WHERE (h.validFrom IS NULL OR h.validFrom <= asOf) AND (h.validTo IS NULL OR h.validTo >= asOf)
    AND EXISTS {
      MATCH (h)-[:FROM]->(f)
      WHERE (f.validFrom IS NULL OR f.validFrom <= asOf) AND (f.validTo IS NULL OR f.validTo >= asOf)
    }
  RETURN DISTINCT t.id
} AS delegatedTo
MATCH (i)<-[:INSTANCE_OF]-(p)-[e:EXERCISED_BY]->(o)-[:IN_DIVISION]->(d)
WHERE NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
  AND coalesce(e.basis, 'STATUTORY') = 'STATUTORY'
  AND (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
  AND NOT o.id IN delegatedTo
WITH i, d.level AS level, o, collect(DISTINCT p.id) AS powerIds, collect(DISTINCT p.name) AS powerNames
WITH i, level, collect({id: o.id, name: o.name, powerIds: powerIds, powerNames: powerNames}) AS holders
WHERE size(holders) >= 2
RETURN i.key AS itemKey, i.name AS itemName, i.category AS category, level, holders
