// SAME_PROVISION scoped to $organizationIds (issue 6's impact): the articles (law, article,
// suffix) the rows of those organizations cite as 实施依据, in any version. Only these articles can
// give an overlap involving them, so overlap-same-provision then reads only their provisions.
MATCH (o:Organization)<-[:EXERCISED_BY]-(:Power)-[b:BASED_ON]->(pr:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(l:LegalDocument)
WHERE o.id IN $organizationIds AND b.role = 'IMPLEMENTING' AND pr.articleTo IS NULL AND pr.article IS NOT NULL
RETURN DISTINCT l.id AS lawId, pr.article AS article, coalesce(pr.articleSuffix, 0) AS suffix
