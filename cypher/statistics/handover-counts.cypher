// Hand-overs of each organization as of $asOf, from both sides (side FROM: handed over by it, TO:
// received by it). A row (identityKey) is ACTIVE when a version is in force on $asOf (the versions
// the enforcementItemsReceived / enforcementItemsHandedOver connections count); otherwise its latest
// version begun by $asOf is RECALLED (status) or EXPIRED. Category: the handed power's.
WITH date($asOf) AS asOf
UNWIND $organizationIds AS id
MATCH (e:EnforcementItem)-[rel:FROM|TO]->(:Organization {id: id})
WHERE {{startOf e}} <= asOf
WITH asOf, id, type(rel) AS side, coalesce(e.identityKey, e.id) AS rowKey, e
ORDER BY {{startOf e}}, e.id
WITH asOf, id, side, rowKey, collect(e) AS versions
WITH id, side, last(versions) AS latest,
  [v IN versions WHERE {{inForce v asOf}}] AS inForce
UNWIND (CASE WHEN size(inForce) > 0 THEN inForce ELSE [latest] END) AS e
WITH id, side, e,
  CASE WHEN size(inForce) > 0 THEN 'ACTIVE' WHEN latest.status = 'RECALLED' THEN 'RECALLED' ELSE 'EXPIRED' END AS state
WITH id, side, state, e.mode AS mode,
  head(COLLECT { MATCH (e)-[:HANDS_OVER]->(p:Power) RETURN p.category AS category ORDER BY p.id }) AS category
RETURN id AS organizationId, side, state, mode, category, count(*) AS items
