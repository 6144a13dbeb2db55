// A catalog governs organizations from a date, each at a level (the items it must list are the
// catalog's items of that level).
MATCH (c:Catalog {nameKey: $catalogKey})
UNWIND $rows AS row
MATCH (o:Organization {id: row.organizationId})
CREATE (c)-[:GOVERNS {level: row.level, validFrom: date($validFrom), validTo: null, how: row.how}]->(o)
