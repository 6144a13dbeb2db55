// WHISTLE_LEAD_INACTIVE: one row per (whistle matter valid on $asOf, lead organization not active
// on $asOf), with the lead's successor when one is recorded.
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
MATCH (m)-[:LEAD]->(o:Organization)
WHERE {{inForce m d}}
  AND NOT ({{activeOrganization o d}})
WITH m, o, COLLECT { MATCH (m)-[:WHISTLED_BY|LEAD|COOPERATES]->(x:Organization) RETURN DISTINCT x {.id, .name} AS x ORDER BY x.name } AS organizations,
  head(COLLECT { MATCH (o)-[s:SUCCEEDED_BY]->(n:Organization) RETURN n {.id, .name, date: toString(s.date)} AS n ORDER BY n.name }) AS successor
WHERE $organizationIds IS NULL OR any(x IN organizations WHERE x.id IN $organizationIds)
   OR (successor IS NOT NULL AND successor.id IN $organizationIds)
RETURN m.id AS subjectId, m.name AS subjectName, organizations,
  [{type: 'Organization', id: o.id, name: o.name}] + CASE WHEN successor IS NULL THEN [] ELSE [{type: 'Organization', id: successor.id, name: successor.name}] END AS related,
  m {.sourceFile, .sourceRow, lead: o {.id, .name, validFrom: toString(o.validFrom), validTo: toString(o.validTo)}, successor: successor} AS facts
