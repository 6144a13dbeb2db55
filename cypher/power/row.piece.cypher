// A Power with its long texts (as power/find-by-ids projects it).
.id, .code, .codeLayout, .codeArea, .codeDepartment, .codeType, .codeItem, .codeSubItem,
.seqNo, .name, .subName, .category, .rawCategory, .levelLabel, .scope, .remarks,
.basisText, .responsibilityBasisText, .citations, .accountability,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo),
.sourceFile, .sourceSheet, .sourceRow,
undertakenById: head([(__self__)-[:UNDERTAKEN_BY]->(__unit__:Organization) | __unit__.id]),
parentId: head([(__self__)-[:SUB_ITEM_OF]->(__item__:Power) | __item__.id]),
itemKey: head([(__self__)-[:INSTANCE_OF]->(__instance__:PowerItem) | __instance__.key])
