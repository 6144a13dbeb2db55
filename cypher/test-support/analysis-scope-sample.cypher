// Test support (scoped analysis): organizations of $divisionCode in every role the analysis scopes
// by — the biggest exerciser, the township receiving the most hand-overs, the department handing
// over the most, a lead of a matter with several leads, a township with duty items, an implementer
// of four-lists items and an abolished organization with a successor.
MATCH (d:AdminDivision {code: $divisionCode})
CALL (d) {
  MATCH (d)<-[:PART_OF*0..10]-(:AdminDivision)<-[:IN_DIVISION]-(o:Organization)
  RETURN collect(DISTINCT o) AS orgs
}
RETURN [x IN [
  head(COLLECT { UNWIND orgs AS o RETURN o.id AS id ORDER BY COUNT { (o)<-[:EXERCISED_BY]-() } DESC, id }),
  head(COLLECT { UNWIND orgs AS o RETURN o.id AS id ORDER BY COUNT { (o)<-[:TO]-(:EnforcementItem) } DESC, id }),
  head(COLLECT { UNWIND orgs AS o RETURN o.id AS id ORDER BY COUNT { (o)<-[:FROM]-(:EnforcementItem) } DESC, id }),
  head(COLLECT { UNWIND orgs AS o MATCH (o)<-[:LEAD]-(m:WhistleMatter) WHERE COUNT { (m)-[:LEAD]->() } > 1 RETURN o.id AS id ORDER BY id }),
  head(COLLECT { UNWIND orgs AS o RETURN o.id AS id ORDER BY COUNT { (o)<-[:OF_TOWNSHIP]-(:TownshipDutyItem) } DESC, id }),
  head(COLLECT { UNWIND orgs AS o RETURN o.id AS id ORDER BY COUNT { (o)<-[:IMPLEMENTED_BY]-(:LenientItem) } DESC, id }),
  head(COLLECT { UNWIND orgs AS o MATCH (o)-[:SUCCEEDED_BY]->() RETURN o.id AS id ORDER BY id })
] WHERE x IS NOT NULL] AS organizationIds
