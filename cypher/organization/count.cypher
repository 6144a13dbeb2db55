// Number of organizations matching the same filter as list-page (no cursor).
WITH date($asOf) AS asOf
MATCH (o:Organization)
WHERE ($nameKey IS NULL OR o.nameKey = $nameKey)
  AND ($nameContains IS NULL OR o.name CONTAINS $nameContains)
  AND ($orgTypes IS NULL OR o.orgType IN $orgTypes)
  AND {{activeOrganization o asOf}}
  AND ($divisionCode IS NULL OR EXISTS {
    MATCH (o)-[:IN_DIVISION]->(:AdminDivision)-[:PART_OF*0..10]->(:AdminDivision {code: $divisionCode})
  })
RETURN count(o) AS total
