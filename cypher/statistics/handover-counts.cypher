// Hand-overs of each organization of the scope (as statistics/scope-organizations, active or not:
// the service keeps the active ones) as of $asOf, from both sides. Side FROM, handed over by it: the
// versions in force on $asOf (what enforcementItemsHandedOver counts), state ACTIVE. Side TO,
// received by it: a row (identityKey) is ACTIVE when a version is in force on $asOf (the versions
// enforcementItemsReceived counts); otherwise its latest version begun by $asOf is RECALLED (status)
// or EXPIRED. Only the received side needs a row's versions in order; the handed side reads the
// versions in force alone. Category: the handed power's (the one with the smallest id), looked up
// once per item although both its sides are usually in the scope.
WITH date($asOf) AS asOf
// The scope's organizations as o (statistics/scope.part.cypher).
{{include statistics/scope}}
WITH asOf, o, o.id AS id
CALL (o, asOf) {
  MATCH (e:EnforcementItem)-[:FROM]->(o)
  WHERE {{inForce e asOf}}
  RETURN 'FROM' AS side, 'ACTIVE' AS state, e
  UNION ALL
  MATCH (e:EnforcementItem)-[:TO]->(o)
  WHERE {{startOf e}} <= asOf
  WITH coalesce(e.identityKey, e.id) AS rowKey, e
  ORDER BY {{startOf e}}, e.id
  WITH rowKey, collect(e) AS versions
  WITH last(versions) AS latest, [v IN versions WHERE {{inForce v asOf}}] AS inForce
  UNWIND (CASE WHEN size(inForce) > 0 THEN inForce ELSE [latest] END) AS e
  RETURN 'TO' AS side,
    CASE WHEN size(inForce) > 0 THEN 'ACTIVE' WHEN latest.status = 'RECALLED' THEN 'RECALLED' ELSE 'EXPIRED' END AS state, e
}
WITH e, collect({id: id, side: side, state: state}) AS uses
WITH uses, e.mode AS mode,
  head(COLLECT { MATCH (e)-[:HANDS_OVER]->(p:Power) RETURN p.category AS category ORDER BY p.id }) AS category
UNWIND uses AS use
RETURN use.id AS organizationId, use.side AS side, use.state AS state, mode, category, count(*) AS items
