// NO_RESPONSIBILITY (权责不等): powers valid on $asOf with no responsibility item. Headings (rows with
// sub-items valid then) are judged through their sub-items.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (p:Power)
  RETURN p
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(:Organization)<-[:EXERCISED_BY]-(p:Power)
  WHERE o.id IN ids
  RETURN p
}
WITH date($asOf) AS d, p
WHERE {{inForce p d}}
  AND NOT EXISTS { (p)-[:HAS_RESPONSIBILITY]->(:Responsibility) }
  AND NOT EXISTS {
    MATCH (p)<-[:SUB_ITEM_OF]-(s:Power)
    WHERE {{inForce s d}}
  }
WITH p, COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations, [] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, responsibilityBasisText: p.responsibilityBasisText} AS facts
