// SIMILAR_NAME, first step (issue 13): the keys of the power items exercised on $asOf by the
// organizations of $organizationIds (whole partitions), one row per (division, category) with each
// item's holders' ids. No names or rows: the similarity is computed in TypeScript on the keys, and
// only the items of similar pairs are read in full (overlap-similar-name-items). A province batch
// holds hundreds of thousands of items, and reading them all in full held the service's heap.
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
WITH date($asOf) AS asOf, o
WHERE {{activeOrganization o asOf}}
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[:INSTANCE_OF]->(i:PowerItem)
WHERE i.category IN $categories
  AND {{inForce e asOf}}
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
WITH d.code AS divisionCode, i.category AS category, i.key AS itemKey, collect(DISTINCT o.id) AS holderIds
RETURN divisionCode, category, collect(itemKey) AS itemKeys, collect(holderIds) AS holderIds
