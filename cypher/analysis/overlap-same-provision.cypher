// SAME_PROVISION (issue 13): rows exercised on $asOf whose IMPLEMENTING citations (实施依据 only)
// resolve to the same article of the same law, in one category, for organizations of one division
// (organizations with no known division form one group: division null). $organizationIds are the
// organizations of whole partitions (analysis/partition-map). Chapter citations (a Provision with
// articleTo set) are not articles; the laws in $excludedLaws (procedural laws every list cites) are
// ignored; item rows whose sub-items are the listed powers are left out. One row per (division,
// law, article, category) with two holders or more; with $singleHolderGroups, with one or more:
// citations of a version older than the catalog (overlap-same-provision-unversioned) may add
// holders, so when there are such rows "two or more" is applied in TypeScript after merging them.
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
WITH date($asOf) AS asOf, o
WHERE {{activeOrganization o asOf}}
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[b:BASED_ON]->(pr:Provision)
WHERE b.role = 'IMPLEMENTING' AND pr.articleTo IS NULL AND p.category IN $categories
  AND {{inForce e asOf}}
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
// The rows of a partition cite the same provisions many times: each provision's version and law
// are read once, not once per citing row.
WITH pr, collect({d: d, o: o, p: p}) AS citing
MATCH (pr)-[:OF_VERSION]->(v:LegalVersion)-[:OF]->(l:LegalDocument)
WHERE NOT l.name IN $excludedLaws
UNWIND citing AS c
// Groups of nodes first, properties after: most articles are cited by one organization of a
// division, and reading every citing row's id and name (long texts) and every provision's was
// about a fifth of the statement's work in a province (ADR 0004, eighteenth round).
WITH c.d AS d, l, pr.article AS article, coalesce(pr.articleSuffix, 0) AS suffix, c.p.category AS category, c.o AS o,
  collect(DISTINCT c.p) AS powers, collect(DISTINCT {pr: pr, v: v}) AS cited
WITH d, l, article, suffix, category, collect({o: o, powers: powers, cited: cited}) AS groups
WHERE $singleHolderGroups OR size(groups) >= 2
RETURN d.code AS divisionCode, d.name AS divisionName, l.id AS lawId, l.name AS lawName, article, suffix,
  category,
  [g IN groups | {
    id: g.o.id, name: g.o.name, powerIds: [p IN g.powers | p.id], powerNames: [p IN g.powers | p.name],
    provisions: [c IN g.cited | {id: c.pr.id, paragraph: c.pr.paragraph, item: c.pr.item, publishDate: c.v.publishDate}]
  }] AS holders
