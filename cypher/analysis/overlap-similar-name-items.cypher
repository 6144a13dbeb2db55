// SIMILAR_NAME, second step (issue 13): the items of $itemKeys (those in a similar pair, found from
// overlap-similar-name-keys) as exercised on $asOf by the organizations of $organizationIds, one
// row per (division, item) with its holders in that division and their rows (organizations with
// no known division: division null). $organizationIds are every holder the keys' rows name for
// one of $itemKeys, in any division of the partitions (similarItems), so each row is whole without
// reading the partitions' other organizations. Read from the organizations' side, as the keys
// were: an item is shared by every county that lists it, so walking from the item to its rows grew
// with the province (a million powers: 640 rows an item, against the partition's own).
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
WITH date($asOf) AS asOf, o
WHERE {{activeOrganization o asOf}}
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[:INSTANCE_OF]->(i:PowerItem)
WHERE i.key IN $itemKeys AND i.category IN $categories
  AND {{inForce e asOf}}
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
WITH d, i, o, collect(DISTINCT p.id) AS powerIds, collect(DISTINCT p.name) AS powerNames
RETURN d.code AS divisionCode, d.name AS divisionName, i.key AS itemKey, i.name AS itemName,
  i.category AS category, collect({id: o.id, name: o.name, powerIds: powerIds, powerNames: powerNames}) AS holders
