// SAME_POWER (issue 13): one power item exercised on $asOf by two or more distinct organizations of
// one division (one government), none holding it by delegation or entrustment. Organizations with no
// known division form one group of their own (division null). $organizationIds are the
// organizations of whole partitions (analysis/partition-map): every holder a division can have is
// among them, so the groups are complete. A holder that also receives the item by a hand-over
// active on $asOf (from an organization active then) holds it by delegation and is left out; item
// rows whose sub-items are the listed powers are left out too. One row per (division, item).
WITH COLLECT {
  UNWIND $focusOrganizationIds AS fid
  MATCH (:Organization {id: fid})<-[:EXERCISED_BY]-(:Power)-[:INSTANCE_OF]->(fi:PowerItem)
  RETURN DISTINCT fi
} AS focusItems
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
WITH date($asOf) AS asOf, o, focusItems
WHERE {{activeOrganization o asOf}}
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
// The items o receives by a hand-over active on $asOf, read from o's side once: a catalog item is
// shared by every county of the province, so walking from the item to its powers grows with the province.
WITH asOf, o, d, focusItems, COLLECT {
  MATCH (o)<-[:TO]-(h:EnforcementItem)-[:HANDS_OVER]->(:Power)-[:INSTANCE_OF]->(delegated:PowerItem)
  WHERE {{inForce h asOf}}
    AND EXISTS {
      MATCH (h)-[:FROM]->(f)
      WHERE {{activeOrganization f asOf}}
    }
  RETURN DISTINCT delegated
} AS delegatedItems
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[:INSTANCE_OF]->(i:PowerItem)
WHERE coalesce(e.basis, 'STATUTORY') = 'STATUTORY'
  AND {{inForce e asOf}}
  AND NOT EXISTS { (p)<-[:SUB_ITEM_OF]-() }
  AND NOT i IN delegatedItems
  AND i IN focusItems
// Groups of nodes first, properties after: most items of a division have one holder, and reading
// every row's id and name (long texts) and its item's category was about a third of the
// statement's work in a province (ADR 0004, eighteenth round).
WITH d, i, o, collect(DISTINCT p) AS powers
WITH d, i, collect({o: o, powers: powers}) AS groups
WHERE size(groups) >= 2 AND i.category IN $categories
RETURN d.code AS divisionCode, d.name AS divisionName, i.key AS itemKey, i.name AS itemName,
  i.category AS category,
  [g IN groups | {id: g.o.id, name: g.o.name, powerIds: [p IN g.powers | p.id], powerNames: [p IN g.powers | p.name]}]
    AS holders
