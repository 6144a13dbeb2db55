// SAME_PROVISION (issue 5): rows exercised on $asOf whose IMPLEMENTING citations (实施依据 only)
// resolve to the same article of the same law, in one category, for two or more distinct
// organizations. Chapter citations (第五章: a Provision with articleTo set, id <version>#ch5) are
// not articles (every article carries its `chapter` number, so that is no test); the laws in
// $excludedLaws (procedural laws every list cites) are ignored. One row per (law, article,
// category), with one holder or more: citations whose version is older than the catalog
// (overlap-same-provision-unversioned) may add holders, so "two or more" is applied in TypeScript.
// Item rows whose sub-items are the listed powers are left out. Starts from the BASED_ON.role index.
CALL () {
  WITH $articles AS articles WHERE articles IS NULL
  MATCH (p)-[b:BASED_ON]->(pr)-[:OF_VERSION]->(v)-[:OF]->(l)
  USING INDEX b:BASED_ON(role)
  WHERE b.role = 'IMPLEMENTING'
  RETURN p, b, pr, v, l
  UNION
  // Scoped (issue 6's impact): only the provisions of the articles ($articles: law id, article,
  // suffix) the organizations in scope cite, in every version: by id (ADR 0001 provision ids are
  // <versionId>#<article>[.<suffix>][-<paragraph>[-<item>]]), an exact and a prefix index seek.
  WITH $articles AS articles WHERE articles IS NOT NULL
  UNWIND articles AS a
  MATCH (l:LegalDocument {id: a.lawId})<-[:OF]-(v:LegalVersion)
  WITH l, v, v.id + '#' + toString(a.article) + CASE WHEN a.suffix = 0 THEN '' ELSE '.' + toString(a.suffix) END AS base
  CALL (base) {
    MATCH (pr:Provision {id: base})
    RETURN pr
    UNION
    MATCH (pr:Provision)
    WHERE pr.id STARTS WITH base + '-'
    RETURN pr
  }
  MATCH (pr)<-[b:BASED_ON]-(p)
  WHERE b.role = 'IMPLEMENTING'
  RETURN p, b, pr, v, l
}
WITH date($asOf) AS asOf, p, b, pr, v, l
WHERE pr.articleTo IS NULL AND p.category IN $categories
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
  AND NOT l.name IN $excludedLaws
MATCH (p)-[e:EXERCISED_BY]->(o)
WHERE (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
WITH l, pr.article AS article, coalesce(pr.articleSuffix, 0) AS suffix, p.category AS category, o,
  collect(DISTINCT p.id) AS powerIds, collect(DISTINCT p.name) AS powerNames,
  collect(DISTINCT {id: pr.id, paragraph: pr.paragraph, item: pr.item, publishDate: v.publishDate}) AS provisions
WITH l, article, suffix, category,
  collect({id: o.id, name: o.name, powerIds: powerIds, powerNames: powerNames, provisions: provisions}) AS holders
RETURN l.id AS lawId, l.name AS lawName, article, suffix, category, holders
