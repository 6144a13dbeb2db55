// SAME_PROVISION, second source (issue 13): rows of $organizationIds (whole partitions) exercised on
// $asOf with an IMPLEMENTING citation of a catalogued law and article in a version older than the
// catalog. Such a citation has no Provision node; the importer links the row to the law instead
// (CITES_LAW {article, articleSuffix}), so these are read as relationships. The laws in
// $excludedLaws are ignored as in overlap-same-provision. One row per (division, row, law, article).
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
WITH date($asOf) AS asOf, o
WHERE {{activeOrganization o asOf}}
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[c:CITES_LAW]->(l:LegalDocument)
WHERE c.role = 'IMPLEMENTING' AND c.article IS NOT NULL AND p.category IN $categories
  AND {{inForce e asOf}}
  AND NOT l.name IN $excludedLaws
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
RETURN d.code AS divisionCode, d.name AS divisionName, p.id AS powerId, p.name AS powerName, p.category AS category,
  l.id AS lawId, l.name AS lawName, c.article AS article, coalesce(c.articleSuffix, 0) AS suffix,
  collect(DISTINCT {id: o.id, name: o.name}) AS holders
