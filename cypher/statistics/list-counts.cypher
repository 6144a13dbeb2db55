// Rows of the other lists per organization of the scope (as statistics/scope-organizations,
// active or not: the service keeps the active ones) on $asOf: whistle matters it leads (as whistleMattersLed
// counts them), township duty items of a township, lenient items a department implements (with the
// category of the power they apply to).
WITH date($asOf) AS asOf
// The scope's organizations as o (statistics/scope.part.cypher).
{{include statistics/scope}}
WITH asOf, o, o.id AS id
CALL (o, asOf) {
  MATCH (m:WhistleMatter)-[:LEAD]->(o)
  WHERE {{inForce m asOf}}
  RETURN 'WHISTLE' AS list, null AS category, count(m) AS items
  UNION ALL
  MATCH (t:TownshipDutyItem)-[:OF_TOWNSHIP]->(o)
  WHERE {{inForce t asOf}}
  RETURN 'DUTY' AS list, null AS category, count(t) AS items
  UNION ALL
  MATCH (l:LenientItem)-[:IMPLEMENTED_BY]->(o)
  WHERE {{inForce l asOf}}
  WITH l, head(COLLECT { MATCH (l)-[:APPLIES_TO]->(p:Power) RETURN p.category AS c ORDER BY p.id }) AS category
  RETURN 'LENIENT' AS list, category, count(l) AS items
}
WITH id, list, category, items WHERE items > 0
RETURN id AS organizationId, list, category, items
