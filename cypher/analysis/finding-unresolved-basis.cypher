// UNRESOLVED_BASIS candidates: powers valid on $asOf with a citation whose law was not found
// ($unresolvedCodes). The caller reads `citations` and keeps those tagged 【法律】【法规】【行政法规】
// or naming a 中华人民共和国… law (local normative documents are not expected in the catalog).
WITH date($asOf) AS d
MATCH (p:Power)
WHERE (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo >= d)
  AND any(code IN $unresolvedCodes WHERE p.citations CONTAINS ('"unresolvedCode":"' + code + '"'))
WITH p, COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations, [] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, .citations} AS facts
