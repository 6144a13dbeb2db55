// ILLEGAL_HANDOVER candidates: entrustments (委托) in effect on $asOf (their own dates), with the
// handed-over power (the version for $asOf) and the receiver's type; legality.ts decides.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (h:EnforcementItem {mode: 'ENTRUST'})
  RETURN h
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:FROM|TO]-(h:EnforcementItem)
  WHERE o.id IN ids
  RETURN h
}
WITH date($asOf) AS d, h
WHERE h.mode = 'ENTRUST' AND (h.validFrom IS NULL OR h.validFrom <= d) AND (h.validTo IS NULL OR h.validTo >= d)
WITH h, d, head([(h)-[:FROM]->(o:Organization) | o]) AS f, head([(h)-[:TO]->(o:Organization) | o]) AS t,
  head(COLLECT {
    MATCH (h)-[:HANDS_OVER]->(p:Power)
    RETURN p ORDER BY CASE WHEN coalesce(p.validFrom, date("0001-01-01")) <= d THEN 0 ELSE 1 END,
      coalesce(p.validFrom, date("0001-01-01")) DESC, p.id
  }) AS p
WITH h, d, f, t, p, [x IN [f, t] WHERE x IS NOT NULL | x {.id, .name}] AS organizations
WHERE $organizationIds IS NULL OR any(x IN organizations WHERE x.id IN $organizationIds)
RETURN h.id AS subjectId, h.name AS subjectName, organizations,
  [x IN [p] WHERE x IS NOT NULL | {type: "Power", id: x.id, name: x.name}]
    + [x IN [f, t] WHERE x IS NOT NULL | {type: "Organization", id: x.id, name: x.name}] AS related,
  h {.mode, .rawMode, .actsInNameOf, .decisionDocNo, .published, .status, .sourceFile, .sourceRow,
    validFrom: toString(h.validFrom), validTo: toString(h.validTo), evaluationDue: toString(h.evaluationDue),
    from: f {.id, .name, .orgType, validFrom: toString(f.validFrom), validTo: toString(f.validTo),
      active: (f.validFrom IS NULL OR f.validFrom <= d) AND (f.validTo IS NULL OR f.validTo >= d)},
    to: t {.id, .name, .orgType, validFrom: toString(t.validFrom), validTo: toString(t.validTo),
      active: (t.validFrom IS NULL OR t.validFrom <= d) AND (t.validTo IS NULL OR t.validTo >= d)},
    power: p {.id, .name, .category, .rawCategory}} AS facts
