// Powers each organization exercises on each key's asOf, counted by category (Organization.powerCategories),
// one round trip per batch. Same validity rules as power/count-of-organization.
UNWIND $keys AS k
MATCH (o:Organization {id: k.organizationId})
WITH k, o, date(k.asOf) AS asOf
WHERE {{activeOrganization o asOf}}
MATCH (p:Power)-[e:EXERCISED_BY]->(o)
WHERE {{inForce e asOf}}
  AND {{inForce p asOf}}
WITH k, p.category AS category, count(DISTINCT p) AS count
ORDER BY k.organizationId, k.asOf, count DESC, category
RETURN k.organizationId + '|' + k.asOf AS key, category, count
