// A sub-item row (子项) to the item row it belongs to.
UNWIND $rows AS row
MATCH (child:Power {id: row.childId}), (parent:Power {id: row.parentId})
MERGE (child)-[:SUB_ITEM_OF]->(parent)
