// SIMILAR_NAME input (issue 5): every power item exercised on $asOf with its holders, one row per
// item. The similarity itself is computed in TypeScript (prefix-filtered bigram all-pairs within
// each category), which Cypher cannot do without comparing every pair. Scoped, the items come from
// $organizationIds (the items they exercise) and from $itemKeys (the items whose names are similar
// to those, found in TypeScript); the whole graph is read only when both are null.
CALL () {
  WITH $organizationIds AS ids, $itemKeys AS keys WHERE ids IS NULL AND keys IS NULL
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
  UNION
  WITH $itemKeys AS keys WHERE keys IS NOT NULL
  MATCH (i:PowerItem)
  WHERE i.key IN keys AND i.category IN $categories
  RETURN DISTINCT i
}
WITH date($asOf) AS asOf, i
MATCH (i)<-[:INSTANCE_OF]-(p)-[e:EXERCISED_BY]->(o)
WHERE NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
  AND (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
WITH i, o, collect(DISTINCT p.id) AS powerIds, collect(DISTINCT p.name) AS powerNames
RETURN i.key AS itemKey, i.name AS itemName, i.category AS category,
  collect({id: o.id, name: o.name, powerIds: powerIds, powerNames: powerNames}) AS holders
