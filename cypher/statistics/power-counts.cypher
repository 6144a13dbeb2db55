// Powers each organization of the scope (as statistics/scope-organizations, active or not: the
// service keeps the active ones) exercises on $asOf (as count-of-organization counts them), by category,
// basis level and whether the row is a sub-item. The basis level is the one stored on the row
// (Power.basisLevel: the highest level its citations name, written by the importer and by item
// operations, given once to rows stored before; NONE for a row some other writer stored without
// it): the long citations text is not read. A sub-item is a row with a SUB_ITEM_OF relationship
// (only ever from a power to a power): counted by its degree, which does not walk the row's other
// relationships.
WITH date($asOf) AS asOf
// The scope's organizations as o (statistics/scope.part.cypher).
{{include statistics/scope}}
WITH asOf, o, o.id AS id
MATCH (p:Power)-[e:EXERCISED_BY]->(o)
WHERE {{inForce e asOf}}
  AND {{inForce p asOf}}
WITH DISTINCT id, p
WITH id, p.category AS category, coalesce(p.basisLevel, 'NONE') AS basisLevel,
  COUNT { (p)-[:SUB_ITEM_OF]->() } > 0 AS subItem
RETURN id AS organizationId, category, basisLevel,
  count(*) AS powers, sum(CASE WHEN subItem THEN 1 ELSE 0 END) AS subItems
