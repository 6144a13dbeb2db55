// Guiding catalog items (指导目录事项) by id, with their catalog's name.
UNWIND $ids AS id
MATCH (i:CatalogItem {id: id})-[:IN_CATALOG]->(c:Catalog)
RETURN i {.id, .code, .name, .subName, .category, .rawCategory, .levels, .levelText, .exercisedBy, .undertakenBy,
          .basisText, .sourceFile, .sourceSheet, .sourceRow, catalog: c.name,
          validFrom: toString(i.validFrom), validTo: toString(i.validTo)} AS item
