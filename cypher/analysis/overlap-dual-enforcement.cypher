// DUAL_ENFORCEMENT (issue 5): a township or street (an organization whose division is of level
// TOWNSHIP or STREET) holding one power item on $asOf through two or more sources: hand-overs
// active on $asOf from different organizations, or its own row plus such a hand-over. A
// hand-over is active when validFrom <= asOf <= validTo and both its ends are active (a recall
// ends it at its end date). Read for the townships among $organizationIds (whole partitions) and
// for the townships those organizations hand over to, so that each partition holds every overlap
// one of its organizations takes part in.
CALL () {
  UNWIND $organizationIds AS organizationId
  MATCH (t:Organization {id: organizationId})
  RETURN t
  UNION
  UNWIND $organizationIds AS organizationId
  MATCH (:Organization {id: organizationId})<-[:FROM]-(:EnforcementItem)-[:TO]->(t:Organization)
  RETURN t
}
WITH DISTINCT t, date($asOf) AS asOf
MATCH (t)-[:IN_DIVISION]->(d:AdminDivision)
WHERE d.level IN ['TOWNSHIP', 'STREET']
  AND {{activeOrganization t asOf}}
MATCH (t)<-[:TO]-(h:EnforcementItem)-[:FROM]->(f:Organization)
WHERE {{inForce h asOf}}
  AND {{activeOrganization f asOf}}
MATCH (h)-[:HANDS_OVER]->(hp:Power)
// A handed-over power is shared by every township it is handed to, and its relationships (one per
// hand-over) make a long chain that each typed hop from it walks: its item is read once per power.
WITH hp, asOf, collect({t: t, d: d, h: h, f: f}) AS uses
MATCH (hp)-[:INSTANCE_OF]->(i:PowerItem)
WHERE i.category IN $categories
UNWIND uses AS u
WITH DISTINCT u.t AS t, u.d AS d, u.h AS h, u.f AS f, i, asOf
// Groups first, details after: a township receives thousands of items, a handful of them twice.
WITH t, d, i, asOf, collect(DISTINCT f.id) AS fromIds, collect({h: h, f: f}) AS pairs
// The township's own rows on asOf with their items, read once per township, not once per item
// (an item is shared by the rows of many counties, so the item side is the dense one).
WITH t, asOf, collect({d: d, i: i, pairs: pairs, fromIds: fromIds}) AS groups
WITH t, asOf, groups, COLLECT {
  MATCH (t)<-[e:EXERCISED_BY]-(p:Power)-[:INSTANCE_OF]->(own:PowerItem)
  WHERE {{inForce e asOf}}
  RETURN DISTINCT {key: own.key, powerId: p.id}
} AS own
UNWIND groups AS g
// The item's key read once per group, not once per own row compared with it.
WITH t, asOf, own, g, g.i.key AS itemKey
WITH t, asOf, g.d AS d, g.i AS i, g.pairs AS pairs, g.fromIds AS fromIds,
  [x IN own WHERE x.key = itemKey | x.powerId] AS ownPowerIds
WHERE size(fromIds) + CASE WHEN size(ownPowerIds) > 0 THEN 1 ELSE 0 END >= 2
UNWIND pairs AS pair
WITH t, d, i, ownPowerIds, asOf, pair.h AS h, pair.f AS f
WITH t, d, i, ownPowerIds, collect({
    id: h.id, name: h.name, fromId: f.id, fromName: f.name, mode: h.mode,
    powerId: head(COLLECT {
      MATCH (h)-[:HANDS_OVER]->(hp:Power)
      RETURN hp.id
      ORDER BY CASE WHEN {{startOf hp}} <= asOf THEN 0 ELSE 1 END,
        {{startOf hp}} DESC, hp.id
    })
  }) AS handOvers
RETURN d.code AS divisionCode, d.name AS divisionName, t.id AS organizationId, t.name AS organizationName,
  d.level AS level, i.key AS itemKey, i.name AS itemName, i.category AS category, handOvers, ownPowerIds
