// WEAK_BASIS candidates: powers valid on $asOf with a 实施依据, no IMPLEMENTING citation resolved to a
// document above $weakLevels, and at least one citation of a weak level. The caller reads
// `citations` to confirm that every IMPLEMENTING citation is of a weak level. Headings (rows with
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
  AND p.basisText IS NOT NULL AND trim(p.basisText) <> ''
  AND any(level IN $weakLevels WHERE p.citations CONTAINS ('"level":"' + level + '"'))
  AND NOT EXISTS {
    MATCH (p)-[:BASED_ON {role: 'IMPLEMENTING'}]->(:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(l:LegalDocument)
    WHERE NOT l.level IN $weakLevels
  }
  AND NOT EXISTS {
    MATCH (p)<-[:SUB_ITEM_OF]-(s:Power)
    WHERE {{inForce s d}}
  }
WITH p, COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations, [] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, .citations} AS facts
