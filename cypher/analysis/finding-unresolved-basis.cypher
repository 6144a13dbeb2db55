// UNRESOLVED_BASIS candidates: powers valid on $asOf with a citation that did not resolve to a
// provision, for any reason (an `unresolvedCode` in `citations`). The caller reads `citations`
// and keeps those tagged 【法律】【法规】【行政法规】 or naming a 中华人民共和国… law (local normative
// documents are not expected in the catalog), except a citation of a version older than the
// catalog that STALE_BASIS reports: for those it compares the version clue with `inForce`, the
// version in force on $asOf of each law the row names (the same rule as finding-stale-basis).
// Entry: `citations` is a JSON string and CONTAINS has no index to serve it, so the whole graph
// scans Power; scoped to $organizationIds, only their rows (and those of the organizations they
// succeeded) are read.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (p:Power)
  WHERE p.citations CONTAINS '"unresolvedCode":"'
  RETURN p
  UNION
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(:Organization)<-[:EXERCISED_BY]-(p:Power)
  WHERE o.id IN ids
  RETURN p
}
WITH date($asOf) AS d, p
WHERE {{inForce p d}}
  AND p.citations CONTAINS '"unresolvedCode":"'
WITH d, p, COLLECT {
  UNWIND CASE WHEN p.citations CONTAINS '"unresolvedCode":"VERSION_NOT_IN_CATALOG"'
    THEN [x IN split(p.citations, '"lawId":"')[1..] | split(x, '"')[0]] ELSE [] END AS lawId
  WITH DISTINCT lawId
  MATCH (l:LegalDocument {id: lawId})<-[:OF]-(w:LegalVersion)
  WHERE coalesce(w.effectiveDate, w.publishDate) <= d AND w.publishDate IS NOT NULL
  WITH l, w
  ORDER BY coalesce(w.effectiveDate, w.publishDate) DESC, w.publishDate DESC, w.id DESC
  WITH l, head(collect(w)) AS f
  WHERE NOT (coalesce(f.expired, false) AND NOT EXISTS { (f)-[:SUPERSEDED_BY]->(:LegalVersion) })
  RETURN {lawId: l.id, law: l.name, versionId: f.id, publishDate: toString(f.publishDate),
          effectiveDate: toString(f.effectiveDate)}
} AS inForce
WITH p, inForce,
  COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations, [] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, .citations, inForce: inForce} AS facts
