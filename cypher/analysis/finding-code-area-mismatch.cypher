// CODE_AREA_MISMATCH (编码区划与机构不符): powers valid on $asOf whose item code's area
// (Power.codeArea, 6 digits) is neither the division of an exercising organization nor one of that
// division's ancestors: by AdminDivision PART_OF, or by GB/T 2260's structure (county 6, city 4,
// province 2 digits). Organizations of no known division are not judged. The caller confirms.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (p:Power)
  WHERE p.codeArea IS NOT NULL
  RETURN p
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(:Organization)<-[:EXERCISED_BY]-(p:Power)
  WHERE o.id IN ids AND p.codeArea IS NOT NULL
  RETURN p
}
WITH DISTINCT date($asOf) AS d, p
// Each exercising organization's division and ancestors are read once, not once per row (an
// organization exercises hundreds of rows). A row's dates are read last, for the rows outside an
// area only: `validTo`, absent on most rows, is read to the end of a row's 28 properties.
MATCH (p)-[:EXERCISED_BY]->(o:Organization)
WITH d, o, collect(DISTINCT p) AS rows
MATCH (o)-[:IN_DIVISION]->(v:AdminDivision)
WITH d, o, v, rows, COLLECT { MATCH (v)-[:PART_OF*1..10]->(a:AdminDivision) RETURN a.code } AS ancestors
WITH d, o {.id, .name, division: v.code, divisionName: v.name, ancestors: ancestors} AS located, rows,
  ancestors + [left(v.code + '000000', 6), left(v.code + '0000', 4) + '00', left(v.code + '00', 2) + '0000'] AS areas
UNWIND rows AS p
WITH d, p, located WHERE NOT p.codeArea IN areas AND {{inForce p d}}
WITH DISTINCT p, located
ORDER BY located.name
WITH p, collect(located) AS outside
WITH p, outside, COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations, [] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, .code, .codeArea, outside: outside} AS facts
