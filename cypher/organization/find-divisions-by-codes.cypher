// Administrative divisions by code, for the DataLoader.
UNWIND $codes AS code
MATCH (d:AdminDivision {code: code})
RETURN d {.code, .name, .level, parentCode: head([(d)-[:PART_OF]->(p:AdminDivision) | p.code])} AS division
