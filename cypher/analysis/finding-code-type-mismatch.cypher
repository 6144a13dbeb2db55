// CODE_TYPE_MISMATCH (编码类型与权力类型不符): powers valid on $asOf whose item code's type letters
// (Power.codeType, XK, CF, ...) name another category than the row's 权力类型. $codeTypeCategories
// maps the letters to categories (domain/item-codes.ts).
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (p:Power)
  WHERE p.codeType IS NOT NULL
    AND $codeTypeCategories[p.codeType] IS NOT NULL
    AND $codeTypeCategories[p.codeType] <> p.category
  RETURN p
  UNION
  // Scoped to $organizationIds (a partition, or issue 6's impact): only the candidates that can
  // involve them. The code's type is tested before the row's dates: most rows' types agree, and
  // `validTo`, absent on most rows, is read to the end of a row's 28 properties. The test is in
  // both branches on purpose: written once after the UNION, even in a WITH of its own, the planner
  // read the dates first (1.4 against 2.3 s of Neo4j's CPU over the 314k province's batches).
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(:Organization)<-[:EXERCISED_BY]-(p:Power)
  WHERE o.id IN ids AND p.codeType IS NOT NULL
    AND $codeTypeCategories[p.codeType] IS NOT NULL
    AND $codeTypeCategories[p.codeType] <> p.category
  RETURN p
}
WITH date($asOf) AS d, p
WHERE {{inForce p d}}
WITH p, COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations, [] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, .code, .codeType,
     codeCategory: $codeTypeCategories[p.codeType]} AS facts
