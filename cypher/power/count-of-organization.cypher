// Number of powers an organization exercises on $asOf, with the same filter as list-pages-of-organizations.
WITH date($asOf) AS asOf
MATCH (o:Organization {id: $organizationId})
WHERE {{activeOrganization o asOf}}
MATCH (p:Power)-[e:EXERCISED_BY]->(o)
WHERE {{inForce e asOf}}
  AND {{inForce p asOf}}
  AND ($name IS NULL OR p.name = $name)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains OR p.subName CONTAINS $nameContains)
  AND ($code IS NULL OR p.code = $code)
  AND ($categories IS NULL OR p.category IN $categories)
RETURN count(DISTINCT p) AS total
