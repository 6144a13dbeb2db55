// Sub-item rows of item rows valid on each key's asOf, for the DataLoader, by sub-item name.
// A list row: the long texts (basis, citations, accountability) are left out and loaded by id
// only when a query asks for them (power.resolvers.ts), so a page of 50 stays small.
UNWIND $keys AS k
MATCH (p:Power)-[:SUB_ITEM_OF]->(:Power {id: k.parentId})
WITH k, p, date(k.asOf) AS asOf
WHERE {{inForce p asOf}}
WITH k.parentId AS parentId, k.asOf AS asOf, p
ORDER BY coalesce(p.subName, ''), p.id
RETURN p {
  .id, .code, .codeLayout, .codeArea, .codeDepartment, .codeType, .codeItem, .codeSubItem,
  .seqNo, .name, .subName, .category, .rawCategory, .levelLabel, .scope, .remarks,
  .validFrom, .validTo,
  .sourceFile, .sourceSheet, .sourceRow,
  undertakenById: head([(p)-[:UNDERTAKEN_BY]->(u:Organization) | u.id]),
  parentId: head([(p)-[:SUB_ITEM_OF]->(q:Power) | q.id]),
  itemKey: head([(p)-[:INSTANCE_OF]->(i:PowerItem) | i.key])
} AS power, parentId, asOf
