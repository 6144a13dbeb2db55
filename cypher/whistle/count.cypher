// Number of whistle matters matching the same filter as list-page (no cursor).
WITH date($asOf) AS asOf
MATCH (m:WhistleMatter)
WHERE {{inForce m asOf}}
  AND ($nameContains IS NULL OR m.name CONTAINS $nameContains)
  AND ($leadId IS NULL OR EXISTS { MATCH (m)-[:LEAD]->(:Organization {id: $leadId}) })
  AND ($whistledById IS NULL OR EXISTS { MATCH (m)-[:WHISTLED_BY]->(:Organization {id: $whistledById}) })
RETURN count(m) AS total
