// SAME_PROVISION, second source (issue 13): rows of $organizationIds (whole partitions) exercised on
// $asOf with an IMPLEMENTING citation that names a catalogued law and an article in a version older
// than the catalog (unresolvedCode VERSION_NOT_IN_CATALOG). Such a citation has no Provision node,
// so its law id and article are read from Power.citations (JSON) in TypeScript; CONTAINS keeps only
// the rows that have one. Only the partitions' own rows are read, never the whole graph.
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
WITH date($asOf) AS asOf, o
WHERE (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)
WHERE p.citations CONTAINS 'VERSION_NOT_IN_CATALOG' AND p.category IN $categories
  AND (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
RETURN d.code AS divisionCode, d.name AS divisionName, p.id AS powerId, p.name AS powerName, p.category AS category,
  p.citations AS citations, collect(DISTINCT {id: o.id, name: o.name}) AS holders
