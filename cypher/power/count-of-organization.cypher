// Number of powers an organization exercises on $asOf, with the same filter as list-pages-of-organizations.
WITH date($asOf) AS asOf
MATCH (o:Organization {id: $organizationId})
WHERE (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
MATCH (p:Power)-[e:EXERCISED_BY]->(o)
WHERE (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
  AND (p.validFrom IS NULL OR p.validFrom <= asOf) AND (p.validTo IS NULL OR p.validTo >= asOf)
  AND ($name IS NULL OR p.name = $name)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains OR p.subName CONTAINS $nameContains)
  AND ($code IS NULL OR p.code = $code)
  AND ($categories IS NULL OR p.category IN $categories)
RETURN count(DISTINCT p) AS total
