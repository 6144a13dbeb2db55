// Conformance (issue 17 §1): for each organization in $organizationIds, the catalogs governing it on
// $asOf (with their level and number of items of that level), and its power rows in force then
// matched to an item of its level (deviating ones are told apart by CATALOG_DEVIATION's findings).
UNWIND $organizationIds AS id
MATCH (c:Catalog)-[g:GOVERNS]->(o:Organization {id: id})
WITH date($asOf) AS d, c, g, o
WHERE {{inForce g d}}
RETURN o.id AS organizationId, o.name AS organizationName, c.name AS catalog, g.level AS level,
  COUNT { MATCH (c)<-[:IN_CATALOG]-(i:CatalogItem) WHERE {{inForce i d}} AND g.level IN i.levels } AS items,
  COLLECT {
    MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[m:MATCHES_CATALOG]->(i:CatalogItem)-[:IN_CATALOG]->(c)
    WHERE {{inForce e d}} AND {{inForce p d}} AND {{inForce i d}} AND g.level IN i.levels
    RETURN {powerId: p.id, powerName: p.name, itemId: i.id, itemName: i.name, method: m.method, score: m.score} AS match
    ORDER BY p.name, p.id
  } AS matches
ORDER BY organizationId, catalog
