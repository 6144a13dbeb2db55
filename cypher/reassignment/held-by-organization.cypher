// What an organization holds from the effective date on: powers it exercises then, hand-overs it
// gives, whistle matters it leads or cooperates on, duty items where it is the counterpart,
// four-lists items where it is the 实施部门 (items not ended before the date).
WITH date($effectiveDate) AS d
MATCH (o:Organization {id: $organizationId})
RETURN
  // The rows of each kind of list it holds by the relationships that move with them.
  COLLECT { MATCH (x:{{label}})-[:{{repointed}}]->(o) WHERE x.validTo IS NULL OR x.validTo >= d RETURN DISTINCT x.id AS id ORDER BY id } AS {{affectedIds}},
  COLLECT {
    MATCH (p:Power)-[e:EXERCISED_BY]->(o)
    WHERE {{inForce e d}}
    RETURN DISTINCT p.id AS id ORDER BY id
  } AS powerIds
