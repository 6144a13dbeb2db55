// SAME_PROVISION scoped to $organizationIds (issue 6's impact): the laws whose articles the rows
// of those organizations cite as 实施依据, in any version. Only these laws can give an overlap
// involving them, so overlap-same-provision then reads only their provisions.
MATCH (o:Organization)<-[:EXERCISED_BY]-(:Power)-[b:BASED_ON]->(:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(l:LegalDocument)
WHERE o.id IN $organizationIds AND b.role = 'IMPLEMENTING'
RETURN collect(DISTINCT l.id) AS lawIds
