// SAME_PROVISION, second source (issue 5): rows exercised on $asOf with an IMPLEMENTING citation
// that names a catalogued law and an article, in a version older than the catalog
// (unresolvedCode VERSION_NOT_IN_CATALOG). Such a citation has no Provision node to point at, so
// its law id and article are read from Power.citations (JSON) in TypeScript; CONTAINS keeps only
// the rows that have one. Item rows whose sub-items are the listed powers are left out.
WITH date($asOf) AS asOf
MATCH (i:PowerItem)
USING INDEX i:PowerItem(category)
WHERE i.category IN $categories
MATCH (i)<-[:INSTANCE_OF]-(p)-[e:EXERCISED_BY]->(o)
WHERE p.citations CONTAINS 'VERSION_NOT_IN_CATALOG'
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
  AND (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
RETURN p.id AS powerId, p.name AS powerName, p.category AS category, p.citations AS citations,
  collect(DISTINCT {id: o.id, name: o.name}) AS holders
