// One page of powers valid on $asOf, ordered by (name, sub-item name, id), after the keyset cursor.
// A list row: the long texts (basis, citations, accountability) are left out and loaded by id
// only when a query asks for them (power.resolvers.ts), so a page of 50 stays small.
WITH date($asOf) AS asOf
MATCH (p:Power)
WHERE {{inForce p asOf}}
  AND ($name IS NULL OR p.name = $name)
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains OR p.subName CONTAINS $nameContains)
  AND ($code IS NULL OR p.code = $code)
  AND ($categories IS NULL OR p.category IN $categories)
  AND ($afterName IS NULL OR p.name > $afterName OR (p.name = $afterName AND (
    coalesce(p.subName, '') > $afterSub OR (coalesce(p.subName, '') = $afterSub AND p.id > $afterId))))
WITH p
ORDER BY p.name, coalesce(p.subName, ''), p.id
LIMIT toInteger($limit)
RETURN p {
  .id, .code, .codeLayout, .codeArea, .codeDepartment, .codeType, .codeItem, .codeSubItem,
  .seqNo, .name, .subName, .category, .rawCategory, .levelLabel, .scope, .remarks,
  .validFrom, .validTo,
  .sourceFile, .sourceSheet, .sourceRow,
  undertakenById: head([(p)-[:UNDERTAKEN_BY]->(u:Organization) | u.id]),
  parentId: head([(p)-[:SUB_ITEM_OF]->(q:Power) | q.id]),
  itemKey: head([(p)-[:INSTANCE_OF]->(i:PowerItem) | i.key])
} AS power
