// The organizations among these name keys that the graph has, with what an import compares.
UNWIND $keys AS key
MATCH (o:Organization {nameKey: key})
RETURN o.nameKey AS nameKey, o.id AS id, o.name AS name, o.orgType AS orgType, o.createdBy AS createdBy,
       o.contentHash AS contentHash, head([(o)-[:IN_DIVISION]->(d:AdminDivision) | d.code]) AS divisionCode
