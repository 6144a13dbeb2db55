// SIMILAR_NAME input (issue 5): every power item exercised on $asOf with its holders, one row per
// item. The similarity itself is computed in TypeScript (prefix-filtered bigram all-pairs within
// each category), which Cypher cannot do without comparing every pair.
WITH date($asOf) AS asOf
MATCH (i:PowerItem)
USING INDEX i:PowerItem(category)
WHERE i.category IN $categories
MATCH (i)<-[:INSTANCE_OF]-(p)-[e:EXERCISED_BY]->(o)
WHERE NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
  AND (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
WITH i, o, collect(DISTINCT p.id) AS powerIds, collect(DISTINCT p.name) AS powerNames
RETURN i.key AS itemKey, i.name AS itemName, i.category AS category,
  collect({id: o.id, name: o.name, powerIds: powerIds, powerNames: powerNames}) AS holders
