// ORPHANED powers: valid on $asOf, and no active organization exercises them then (no EXERCISED_BY
// valid then to an organization active then). Names the former exercisers and their successors.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (p:Power)
  RETURN p
  UNION
  // Scoped to $organizationIds (a partition, or issue 6's impact): only the candidates that can
  // involve them. A power reached through an exercise in force on $asOf, of an organization active
  // then, is not orphaned: most powers are left here, by the relationship already read, before
  // every relationship of theirs is read again below.
  WITH $organizationIds AS ids, date($asOf) AS d WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:SUCCEEDED_BY*0..1]-(x:Organization)<-[e:EXERCISED_BY]-(p:Power)
  WHERE o.id IN ids
    AND NOT ({{inForce e d}} AND {{activeOrganization x d}})
  RETURN p
}
WITH date($asOf) AS d, p
WHERE {{inForce p d}}
  AND NOT EXISTS {
    MATCH (p)-[e:EXERCISED_BY]->(o:Organization)
    WHERE {{inForce e d}}
      AND {{activeOrganization o d}}
  }
WITH p,
  COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name, validTo: toString(o.validTo)} AS o ORDER BY o.name } AS former,
  COLLECT { MATCH (p)-[:EXERCISED_BY]->(:Organization)-[s:SUCCEEDED_BY]->(n:Organization) RETURN DISTINCT n {.id, .name, date: toString(s.date)} AS n ORDER BY n.name } AS successors
WITH p, former, successors, [o IN former | o {.id, .name}] + [n IN successors | n {.id, .name}] AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN p.id AS subjectId, p.name AS subjectName, organizations,
  [o IN former | {type: 'Organization', id: o.id, name: o.name}] + [n IN successors | {type: 'Organization', id: n.id, name: n.name}] AS related,
  p {.subName, .category, .rawCategory, .sourceFile, .sourceRow, former: former, successors: successors} AS facts
