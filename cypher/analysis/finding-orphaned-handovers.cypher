// ORPHANED hand-overs: in effect on $asOf (their own dates) while the handing-over department or the
// receiving township is not an active organization then (or is missing).
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (h:EnforcementItem)
  RETURN h
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:FROM|TO]-(h:EnforcementItem)
  WHERE o.id IN ids
  RETURN h
}
WITH date($asOf) AS d, h
WHERE {{inForce h d}}
  AND NOT (EXISTS {
      MATCH (h)-[:FROM]->(f:Organization)
      WHERE {{activeOrganization f d}}
    } AND EXISTS {
      MATCH (h)-[:TO]->(t:Organization)
      WHERE {{activeOrganization t d}}
    })
WITH h, d, head([(h)-[:FROM]->(o:Organization) | o]) AS f, head([(h)-[:TO]->(o:Organization) | o]) AS t,
  head(COLLECT {
    MATCH (h)-[:HANDS_OVER]->(p:Power)
    RETURN p ORDER BY CASE WHEN {{startOf p}} <= d THEN 0 ELSE 1 END,
      {{startOf p}} DESC, p.id
  }) AS p
WITH h, d, f, t, p, [x IN [f, t] WHERE x IS NOT NULL | x {.id, .name}] AS organizations
WHERE $organizationIds IS NULL OR any(x IN organizations WHERE x.id IN $organizationIds)
RETURN h.id AS subjectId, h.name AS subjectName, organizations,
  [x IN [p] WHERE x IS NOT NULL | {type: "Power", id: x.id, name: x.name}]
    + [x IN [f, t] WHERE x IS NOT NULL | {type: "Organization", id: x.id, name: x.name}] AS related,
  h {.mode, .rawMode, .actsInNameOf, .decisionDocNo, .published, .status, .sourceFile, .sourceRow,
    validFrom: toString(h.validFrom), validTo: toString(h.validTo), evaluationDue: toString(h.evaluationDue),
    from: f {.id, .name, .orgType, validFrom: toString(f.validFrom), validTo: toString(f.validTo),
      active: {{activeOrganization f d}}},
    to: t {.id, .name, .orgType, validFrom: toString(t.validFrom), validTo: toString(t.validTo),
      active: {{activeOrganization t d}}},
    power: p {.id, .name, .category, .rawCategory}} AS facts
