// Powers by id, for the DataLoader: one row per id found.
UNWIND $ids AS id
MATCH (p:Power {id: id})
RETURN p {
  .id, .code, .codeLayout, .codeArea, .codeDepartment, .codeType, .codeItem, .codeSubItem,
  .seqNo, .name, .subName, .category, .rawCategory, .levelLabel, .scope, .remarks,
  .basisText, .responsibilityBasisText, .citations, .accountability, .validFrom, .validTo,
  .sourceFile, .sourceSheet, .sourceRow,
  undertakenById: head([(p)-[:UNDERTAKEN_BY]->(u:Organization) | u.id]),
  parentId: head([(p)-[:SUB_ITEM_OF]->(q:Power) | q.id]),
  itemKey: head([(p)-[:INSTANCE_OF]->(i:PowerItem) | i.key])
} AS power
