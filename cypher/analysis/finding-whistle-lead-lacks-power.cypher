// WHISTLE_LEAD_LACKS_POWER: whistle matters valid on $asOf that name needed powers and have leads,
// none of which exercises (EXERCISED_BY valid then, lead active) or holds by an active hand-over
// (valid then, both ends active) any needed power. Hand-overs and needs are copied to new versions
// of a row, so any linked version counts.
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
  AND EXISTS { (m)-[:LEAD]->(:Organization) }
  AND EXISTS { (m)-[:NEEDS_POWER]->(:Power) }
  AND NOT EXISTS {
    MATCH (m)-[:LEAD]->(o:Organization)
    WHERE {{activeOrganization o d}}
      AND EXISTS {
        MATCH (m)-[:NEEDS_POWER]->(p:Power)
        WHERE EXISTS {
            MATCH (p)-[e:EXERCISED_BY]->(o)
            WHERE {{inForce e d}}
          } OR EXISTS {
            MATCH (p)<-[:HANDS_OVER]-(h:EnforcementItem)
            WHERE {{inForce h d}}
              AND EXISTS { (h)-[:TO]->(o) }
              AND EXISTS {
                MATCH (h)-[:FROM]->(f:Organization)
                WHERE {{activeOrganization f d}}
              }
          }
      }
  }
WITH d, m,
  COLLECT { MATCH (m)-[:LEAD]->(o:Organization) RETURN o {.id, .name} AS o ORDER BY o.name } AS leads,
  COLLECT {
    MATCH (m)-[:NEEDS_POWER]->(p:Power)
    WHERE {{inForce p d}}
    RETURN p {.id, .name,
      holders: COLLECT {
        MATCH (p)-[e:EXERCISED_BY]->(x:Organization)
        WHERE {{inForce e d}}
        RETURN x {.id, .name} AS x ORDER BY x.name
      }} AS p ORDER BY p.name
  } AS needed
WITH m, leads, needed, COLLECT { MATCH (m)-[:WHISTLED_BY|LEAD|COOPERATES]->(x:Organization) RETURN DISTINCT x {.id, .name} AS x ORDER BY x.name } AS own
// Involved: whistlers, leads, cooperating departments and the holders of the needed powers.
WITH m, leads, needed, reduce(acc = own, p IN needed | acc + [o IN p.holders WHERE NOT o IN acc]) AS organizations
WHERE $organizationIds IS NULL OR any(x IN organizations WHERE x.id IN $organizationIds)
RETURN m.id AS subjectId, m.name AS subjectName, organizations,
  [x IN leads | {type: 'Organization', id: x.id, name: x.name}] + [p IN needed | {type: 'Power', id: p.id, name: p.name}] AS related,
  m {.sourceFile, .sourceRow, leads: leads, needed: needed} AS facts
