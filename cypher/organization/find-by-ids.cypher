// Organizations by id, for the DataLoader: one row per id found.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o {
  .id, .name, .orgType, .validFrom, .validTo,
  divisionCode: head([(o)-[:IN_DIVISION]->(d:AdminDivision) | d.code]),
  parentId: head([(o)-[:PART_OF]->(p:Organization) | p.id])
} AS organization
