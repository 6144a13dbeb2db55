// DUPLICATE_CODE (编码重复): powers valid on $asOf sharing one item code (Power.codeKey, normalised)
// with a power of another item exercised by an organization of the same division (organizations
// of no known division are one group, as in overlaps: ADR 0004). Sub-items are of their item, so
// the sub-items of one item sharing its code are no duplicate. One row per power.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (p:Power)
  WHERE p.codeKey IS NOT NULL
  RETURN p
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(:Organization)<-[:EXERCISED_BY]-(p:Power)
  WHERE o.id IN ids AND p.codeKey IS NOT NULL
  RETURN p
}
WITH DISTINCT date($asOf) AS d, p
WHERE {{inForce p d}}
// Most codes are held by one row: the rows sharing none are left before any division is read.
  AND EXISTS { MATCH (q:Power {codeKey: p.codeKey}) WHERE q <> p }
WITH DISTINCT d, p
MATCH (p)-[:EXERCISED_BY]->(o:Organization)
WITH d, p, coalesce(head([(o)-[:IN_DIVISION]->(v:AdminDivision) | v.code]), '') AS division,
  coalesce(head([(p)-[:SUB_ITEM_OF]->(x:Power) | x.identityKey]), p.identityKey) AS item
MATCH (q:Power {codeKey: p.codeKey})-[:EXERCISED_BY]->(other:Organization)
WHERE q <> p AND {{inForce q d}}
  AND coalesce(head([(other)-[:IN_DIVISION]->(v:AdminDivision) | v.code]), '') = division
  AND coalesce(head([(q)-[:SUB_ITEM_OF]->(x:Power) | x.identityKey]), q.identityKey) <> item
WITH p, division, collect(DISTINCT q {.id, .name, .subName, .code, .sourceFile, .sourceRow, organization: other.name}) AS others
WITH p, division, others, COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations,
  [q IN others | {type: 'Power', id: q.id, name: q.name}] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, .code, division: division, others: others} AS facts
