// WHISTLE_NO_LEAD: whistle matters valid on $asOf with no lead organization (主责部门).
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (m:WhistleMatter)
  RETURN m
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(:Organization)<-[:WHISTLED_BY|LEAD|COOPERATES]-(m:WhistleMatter)
  WHERE o.id IN ids
  RETURN m
  UNION
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:EXERCISED_BY]-(:Power)<-[:NEEDS_POWER]-(m:WhistleMatter)
  WHERE o.id IN ids
  RETURN m
}
WITH date($asOf) AS d, m
WHERE {{inForce m d}}
  AND NOT EXISTS { (m)-[:LEAD]->(:Organization) }
WITH m, COLLECT { MATCH (m)-[:WHISTLED_BY|COOPERATES]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN m.id AS subjectId, m.name AS subjectName, organizations, [] AS related,
  m {.sourceFile, .sourceRow,
    whistledBy: COLLECT { MATCH (m)-[:WHISTLED_BY]->(o:Organization) RETURN o.name AS n ORDER BY n },
    neededPowers: COLLECT { MATCH (m)-[:NEEDS_POWER]->(p:Power) RETURN DISTINCT p.name AS n ORDER BY n }
  } AS facts
