// NO_BASIS: powers valid on $asOf whose 实施依据 is empty. An item row that has sub-item rows valid
// then is a heading: its sub-items carry the basis and are judged instead.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (p:Power)
  WHERE p.basisText IS NULL OR trim(p.basisText) = ''
  RETURN p
  UNION
  // Scoped to $organizationIds (a partition, or issue 6's impact): only the candidates that can
  // involve them. The basis is tested before the row's dates: most rows have one, and `validTo`,
  // absent on most rows, is read to the end of a row's 28 properties. The test is in both branches
  // on purpose: written once after the UNION, the planner read the dates first.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(:Organization)<-[:EXERCISED_BY]-(p:Power)
  WHERE o.id IN ids AND (p.basisText IS NULL OR trim(p.basisText) = '')
  RETURN p
}
WITH date($asOf) AS d, p
WHERE {{inForce p d}}
  AND NOT EXISTS {
    MATCH (p)<-[:SUB_ITEM_OF]-(s:Power)
    WHERE {{inForce s d}}
  }
WITH p, COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations, [] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow} AS facts
