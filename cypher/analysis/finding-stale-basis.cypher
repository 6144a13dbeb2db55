// STALE_BASIS candidates: powers valid on $asOf that cite (either role) a law in a version older
// than the version of that law in force on $asOf (the latest by effective, else publish, date not
// after $asOf; none when that one is expired without a successor: the law is repealed). One row
// per power, with both kinds of stale citation:
// - `stale`: citations resolved to a Provision of an older version (decided here);
// - `inForce`: the version in force of each law the power's citations name, for its citations the
//   importer could not tie to a Provision because the cited version is older than the catalog
//   (unresolvedCode VERSION_NOT_IN_CATALOG, linked to the law by CITES_LAW). Their version clue is
//   in the citation text, so the caller compares it (explain-basis.ts); a row whose clue is not
//   earlier gives no finding.
// Entry: the whole graph walks from the laws with an older version to the rows citing one, plus
// the rows with a CITES_LAW. Scoped to $organizationIds, only their rows (and those of the
// organizations they succeeded) are read.
// Only a law of two versions or more can be cited in an older one: the others are left out
// before any version in force is looked up (most rows cite none: a province's rows are read once).
// A row's provisions are tested against the provisions of those laws' versions, collected once
// (a few thousand nodes): no hop and no property read per citation, as most rows cite no revised
// law. Reading each cited provision's id (a long text) to compare its version was a third of the
// statement's work in a province.
CALL () {
  MATCH (l:LegalDocument)<-[:OF]-(:LegalVersion)
  WITH l, count(*) AS versions
  WHERE versions > 1
  MATCH (l)<-[:OF]-(:LegalVersion)<-[:OF_VERSION]-(x:Provision)
  RETURN collect(x) AS revisedProvisions
}
CALL () {
  WITH $organizationIds AS ids, date($asOf) AS d WHERE ids IS NULL
  MATCH (w:LegalVersion)-[:OF]->(l:LegalDocument)
  WHERE coalesce(w.effectiveDate, w.publishDate) <= d AND w.publishDate IS NOT NULL
  WITH l, max(w.publishDate) AS newest
  MATCH (l)<-[:OF]-(v:LegalVersion)<-[:OF_VERSION]-(:Provision)<-[:BASED_ON]-(p:Power)
  WHERE v.publishDate < newest
  RETURN p
  UNION
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (p:Power)-[:CITES_LAW]->(:LegalDocument)
  RETURN DISTINCT p
  UNION
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(:Organization)<-[:EXERCISED_BY]-(p:Power)
  WHERE o.id IN ids
  RETURN p
}
WITH date($asOf) AS d, p, revisedProvisions
// Every revised law the row cites through its provisions, and every law it cites in a version older
// than the catalog (CITES_LAW, written by the importer for such citations).
// Both kinds in one walk of the row's relationships (a row has a dozen or more).
WITH d, p, revisedProvisions,
  COLLECT {
    MATCH (p)-[c:BASED_ON|CITES_LAW]->(x)
    WHERE c:CITES_LAW OR x IN revisedProvisions
    CALL (c, x) {
      WITH c, x WHERE c:CITES_LAW AND x:LegalDocument
      RETURN x.id AS lawId
      UNION
      WITH c, x WHERE c:BASED_ON AND x:Provision
      MATCH (x)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(l:LegalDocument)
      RETURN l.id AS lawId
    }
    RETURN DISTINCT {lawId: lawId, direct: c:CITES_LAW} AS cite
  } AS cites
// The row's dates after its citations: most rows cite no revised law, and `validTo`, absent on
// most rows, is read to the end of a row's 28 properties.
WHERE size(cites) > 0 AND {{inForce p d}}
WITH d, p, revisedProvisions, [c IN cites | c.lawId] AS lawIds, any(c IN cites WHERE c.direct) AS citesLaw
WITH d, p, revisedProvisions, citesLaw, COLLECT {
  UNWIND lawIds AS lawId
  WITH DISTINCT lawId
  MATCH (l:LegalDocument {id: lawId})<-[:OF]-(w:LegalVersion)
  WHERE coalesce(w.effectiveDate, w.publishDate) <= d AND w.publishDate IS NOT NULL
  WITH l, w
  ORDER BY coalesce(w.effectiveDate, w.publishDate) DESC, w.publishDate DESC, w.id DESC
  WITH l, head(collect(w)) AS f
  WHERE NOT (coalesce(f.expired, false) AND NOT EXISTS { (f)-[:SUPERSEDED_BY]->(:LegalVersion) })
  RETURN {lawId: l.id, law: l.name, versionId: f.id, publishDate: f.publishDate, effectiveDate: f.effectiveDate}
} AS inForce
WITH p, citesLaw, inForce, COLLECT {
  // Only a revised law's provisions can be of an older version than the one in force.
  MATCH (p)-[b:BASED_ON]->(x:Provision)
  WHERE x IN revisedProvisions
  MATCH (x)-[:OF_VERSION]->(v:LegalVersion)-[:OF]->(l:LegalDocument)
  WITH b, x, v, l, [f IN inForce WHERE f.lawId = l.id][0] AS f
  WHERE f IS NOT NULL AND v.publishDate < f.publishDate
  RETURN {
    law: l.name, lawId: l.id, citedVersionId: v.id, citedPublishDate: toString(v.publishDate),
    inForceVersionId: f.versionId, inForcePublishDate: toString(f.publishDate),
    inForceEffectiveDate: toString(f.effectiveDate),
    provisionId: x.id, article: x.article, role: b.role, order: b.order, citedText: b.citedText
  } ORDER BY b.order, x.id
} AS stale
WHERE size(stale) > 0 OR citesLaw
WITH p, stale, inForce,
  COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations,
  [s IN stale | {type: 'Provision', id: s.provisionId, name: s.law + ' 第' + toString(s.article) + '条'}] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, .citations, stale: stale,
     inForce: [f IN inForce | f {.lawId, .law, .versionId, publishDate: toString(f.publishDate),
                                 effectiveDate: toString(f.effectiveDate)}]} AS facts
