// One page of organizations active on $asOf, ordered by (name, id), after the keyset cursor.
WITH date($asOf) AS asOf
MATCH (o:Organization)
WHERE ($nameKey IS NULL OR o.nameKey = $nameKey)
  AND ($nameContains IS NULL OR o.name CONTAINS $nameContains)
  AND ($orgTypes IS NULL OR o.orgType IN $orgTypes)
  AND {{activeOrganization o asOf}}
  AND ($divisionCode IS NULL OR EXISTS {
    MATCH (o)-[:IN_DIVISION]->(:AdminDivision)-[:PART_OF*0..10]->(:AdminDivision {code: $divisionCode})
  })
  AND ($afterName IS NULL OR o.name > $afterName OR (o.name = $afterName AND o.id > $afterId))
RETURN o {
  .id, .name, .orgType, .validFrom, .validTo,
  divisionCode: head([(o)-[:IN_DIVISION]->(d:AdminDivision) | d.code]),
  parentId: head([(o)-[:PART_OF]->(p:Organization) | p.id])
} AS organization
ORDER BY o.name, o.id
LIMIT toInteger($limit)
