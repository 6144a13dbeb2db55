// The fixed subjects of the benchmark's read mix (bench/read-mix.ts), chosen deterministically:
// a named department, the power with the most resolved citations, the township receiving the most
// hand-overs, the whistle matter with the most leads (then needed powers).
CALL () {
  MATCH (o:Organization {nameKey: $organizationName})
  RETURN o.id AS organizationId
}
CALL () {
  MATCH (p:Power)
  RETURN p.id AS powerId
  ORDER BY COUNT { (p)-[:BASED_ON]->() } DESC, p.id
  LIMIT 1
}
CALL () {
  MATCH (t:Organization)
  WHERE t.orgType IN ['TOWNSHIP_GOV', 'STREET_OFFICE']
  RETURN t.id AS townshipId
  ORDER BY COUNT { (t)<-[:TO]-(:EnforcementItem) } DESC, t.id
  LIMIT 1
}
CALL () {
  MATCH (m:WhistleMatter)
  RETURN m.id AS whistleMatterId
  ORDER BY COUNT { (m)-[:LEAD]->() } DESC, COUNT { (m)-[:NEEDS_POWER]->() } DESC, m.id
  LIMIT 1
}
RETURN organizationId, powerId, townshipId, whistleMatterId
