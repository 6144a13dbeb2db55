// SIMILAR_NAME, second step (issue 13): the items of $itemKeys (those in a similar pair, found from
// overlap-similar-name-keys) as exercised on $asOf by the organizations of $organizationIds (whole
// partitions), one row per (division, item) with its holders in that division and their rows
// (organizations with no known division: division null).
MATCH (i:PowerItem)
WHERE i.key IN $itemKeys AND i.category IN $categories
WITH date($asOf) AS asOf, i
MATCH (i)<-[:INSTANCE_OF]-(p:Power)-[e:EXERCISED_BY]->(o:Organization)
WHERE o.id IN $organizationIds
  AND {{activeOrganization o asOf}}
  AND {{inForce e asOf}}
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
WITH d, i, o, collect(DISTINCT p.id) AS powerIds, collect(DISTINCT p.name) AS powerNames
RETURN d.code AS divisionCode, d.name AS divisionName, i.key AS itemKey, i.name AS itemName,
  i.category AS category, collect({id: o.id, name: o.name, powerIds: powerIds, powerNames: powerNames}) AS holders
