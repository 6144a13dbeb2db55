// The organizations of the partitions $organizationIds belong to (issue 13): every organization of
// their divisions, and every organization with no known division when one of them has none. The
// impact of a plan compares within these, in its own transaction.
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
WITH collect(DISTINCT d) AS divisions, count(o) > count(d) AS unknown
CALL (divisions, unknown) {
  UNWIND divisions AS d
  MATCH (d)<-[:IN_DIVISION]-(m:Organization)
  RETURN m.id AS id
  UNION
  // Not `WITH unknown WHERE unknown`: the planner tests that after scanning every organization of
  // the graph. A list of nothing to unwind is never scanned from.
  UNWIND CASE WHEN unknown THEN [true] ELSE [] END AS wanted
  MATCH (m:Organization)
  WHERE NOT EXISTS { (m)-[:IN_DIVISION]->() }
  RETURN m.id AS id
}
RETURN collect(DISTINCT id) AS organizationIds
