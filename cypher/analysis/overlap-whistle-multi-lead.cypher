// WHISTLE_MULTI_LEAD (issue 5): whistle matters in force on $asOf with two or more lead
// organizations (主责部门), each with its leads and the needed powers whose rows cover $asOf.
// Starts from the LEAD relationships (only whistle matters have them): matters without leads are never read.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (m)-[:LEAD]->()
  RETURN DISTINCT m
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (s:Organization)<-[:LEAD]-(m)
  WHERE s.id IN ids
  RETURN DISTINCT m
}
WITH date($asOf) AS asOf, m
MATCH (m)-[:LEAD]->(o)
WHERE (m.validFrom IS NULL OR m.validFrom <= asOf) AND (m.validTo IS NULL OR m.validTo >= asOf)
WITH m, asOf, collect(DISTINCT {id: o.id, name: o.name}) AS leads
WHERE size(leads) >= 2
RETURN m.id AS matterId, m.name AS matterName, leads,
  COLLECT {
    MATCH (m)-[:NEEDS_POWER]->(p:Power)
    WHERE (p.validFrom IS NULL OR p.validFrom <= asOf) AND (p.validTo IS NULL OR p.validTo >= asOf)
    RETURN DISTINCT p.id
  } AS powerIds
