// Legal documents by id, for the DataLoader.
UNWIND $ids AS id
MATCH (l:LegalDocument {id: id})
RETURN l {.id, .name, .level} AS law
