// The normalised item code and its parts (domain/item-codes.ts) on rows written without them.
UNWIND $rows AS row
MATCH (p:Power {id: row.id})
SET p.codeKey = row.codeKey, p.codeLayout = row.codeLayout, p.codeArea = row.codeArea,
    p.codeDepartment = row.codeDepartment, p.codeType = row.codeType, p.codeItem = row.codeItem,
    p.codeSubItem = row.codeSubItem
