// Powers each organization exercises on each key's asOf, counted by category (Organization.powerCategories),
// one round trip per batch. Same validity rules as power/count-of-organization.
UNWIND $keys AS k
MATCH (o:Organization {id: k.organizationId})
WITH k, o, date(k.asOf) AS asOf
WHERE (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
MATCH (p:Power)-[e:EXERCISED_BY]->(o)
WHERE (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND (p.validFrom IS NULL OR p.validFrom <= asOf) AND (p.validTo IS NULL OR p.validTo >= asOf)
WITH k, p.category AS category, count(DISTINCT p) AS count
ORDER BY k.organizationId, k.asOf, count DESC, category
RETURN k.organizationId + '|' + k.asOf AS key, category, count
