// What an organization holds from the effective date on: powers it exercises then, hand-overs it
// gives, whistle matters it leads or cooperates on, duty items where it is the counterpart,
// four-lists items where it is the 实施部门 (items not ended before the date).
WITH date($effectiveDate) AS d
MATCH (o:Organization {id: $organizationId})
RETURN
  COLLECT {
    MATCH (p:Power)-[e:EXERCISED_BY]->(o)
    WHERE (e.validFrom IS NULL OR e.validFrom <= d) AND (e.validTo IS NULL OR e.validTo >= d)
    RETURN DISTINCT p.id AS id ORDER BY id
  } AS powerIds,
  COLLECT {
    MATCH (h:EnforcementItem)-[:FROM]->(o)
    WHERE h.validTo IS NULL OR h.validTo >= d
    RETURN DISTINCT h.id AS id ORDER BY id
  } AS enforcementItemIds,
  COLLECT {
    MATCH (m:WhistleMatter)-[:LEAD|COOPERATES]->(o)
    WHERE m.validTo IS NULL OR m.validTo >= d
    RETURN DISTINCT m.id AS id ORDER BY id
  } AS whistleMatterIds,
  COLLECT {
    MATCH (x:TownshipDutyItem)-[:COUNTERPART]->(o)
    WHERE x.validTo IS NULL OR x.validTo >= d
    RETURN DISTINCT x.id AS id ORDER BY id
  } AS dutyItemIds,
  COLLECT {
    MATCH (x:LenientItem)-[:IMPLEMENTED_BY]->(o)
    WHERE x.validTo IS NULL OR x.validTo >= d
    RETURN DISTINCT x.id AS id ORDER BY id
  } AS lenientItemIds
