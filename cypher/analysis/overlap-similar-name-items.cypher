// SIMILAR_NAME input (issue 13): the power items exercised on $asOf by the organizations of
// $organizationIds (whole partitions), one row per (division, item) with its holders in that
// division (organizations with no known division: division null). The similarity is computed in
// TypeScript within each division and category (prefix-filtered bigram pairs).
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
WITH date($asOf) AS asOf, o
WHERE (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[:INSTANCE_OF]->(i:PowerItem)
WHERE i.category IN $categories
  AND (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
WITH d, i, o, collect(DISTINCT p.id) AS powerIds, collect(DISTINCT p.name) AS powerNames
RETURN d.code AS divisionCode, d.name AS divisionName, i.key AS itemKey, i.name AS itemName,
  i.category AS category, collect({id: o.id, name: o.name, powerIds: powerIds, powerNames: powerNames}) AS holders
