// The organizations of a statistics scope active on $asOf, with their division: those in division
// $divisionCode or a division below it (as the organizations connection's divisionCode filter), or
// those of $organizationIds (exactly one of the two is given; the count statements read the same scope, so that
// all four run at once). `organization`: the organization as
// organization/find-by-ids projects it (the resolvers prime the by-id loader with it).
WITH date($asOf) AS asOf
// The scope's organizations as o (statistics/scope.part.cypher).
{{include statistics/scope}}
WITH asOf, o
WHERE {{activeOrganization o asOf}}
WITH o, head(COLLECT { MATCH (o)-[:IN_DIVISION]->(d:AdminDivision) RETURN d ORDER BY d.code }) AS d
RETURN o.id AS organizationId, o.name AS name, o.orgType AS orgType,
  head([(o)-[:PART_OF]->(parent:Organization) | parent.id]) AS parentId,
  d.code AS divisionCode, d.level AS divisionLevel,
  o {
    .id, .name, .orgType, .validFrom, .validTo,
    divisionCode: head([(o)-[:IN_DIVISION]->(division:AdminDivision) | division.code]),
    parentId: head([(o)-[:PART_OF]->(parent:Organization) | parent.id])
  } AS organization
ORDER BY organizationId
