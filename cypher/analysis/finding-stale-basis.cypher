// STALE_BASIS: powers valid on $asOf citing (either role) a law version published before the version
// of the same law in force on $asOf (the latest by effective, else publish, date not after $asOf;
// none when that one is expired without a successor: the law is repealed). One row per power, with
// every stale citation. Starts from the few stale versions, then walks to the citing rows.
WITH date($asOf) AS d
MATCH (w:LegalVersion)-[:OF]->(l:LegalDocument)
WHERE coalesce(w.effectiveDate, w.publishDate) <= d AND w.publishDate IS NOT NULL
WITH d, l, w
ORDER BY coalesce(w.effectiveDate, w.publishDate) DESC, w.publishDate DESC, w.id DESC
WITH d, l, head(collect(w)) AS inForce
WHERE NOT (coalesce(inForce.expired, false) AND NOT EXISTS { (inForce)-[:SUPERSEDED_BY]->(:LegalVersion) })
MATCH (l)<-[:OF]-(v:LegalVersion)
WHERE v.publishDate < inForce.publishDate
MATCH (v)<-[:OF_VERSION]-(x:Provision)<-[b:BASED_ON]-(p:Power)
WHERE (p.validFrom IS NULL OR p.validFrom <= d) AND (p.validTo IS NULL OR p.validTo >= d)
WITH p, collect({
  law: l.name, lawId: l.id, citedVersionId: v.id, citedPublishDate: toString(v.publishDate),
  inForceVersionId: inForce.id, inForcePublishDate: toString(inForce.publishDate),
  inForceEffectiveDate: toString(inForce.effectiveDate),
  provisionId: x.id, article: x.article, role: b.role, order: b.order, citedText: b.citedText
}) AS stale
WITH p, stale, COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations,
  [s IN stale | {type: 'Provision', id: s.provisionId, name: s.law + ' 第' + toString(s.article) + '条'}] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, stale: stale} AS facts
