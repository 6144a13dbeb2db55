// Number of powers matching the same filter as list-page (no cursor).
WITH date($asOf) AS asOf
MATCH (p:Power)
WHERE {{inForce p asOf}}
  AND ($name IS NULL OR p.name = $name)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains OR p.subName CONTAINS $nameContains)
  AND ($code IS NULL OR p.code = $code)
  AND ($categories IS NULL OR p.category IN $categories)
RETURN count(p) AS total
