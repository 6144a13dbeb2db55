// Organizations exercising each power on each key's asOf (the EXERCISED_BY link valid then and
// the organization active then), for the DataLoader, by name.
UNWIND $keys AS k
MATCH (:Power {id: k.powerId})-[e:EXERCISED_BY]->(o:Organization)
WITH k, e, o, date(k.asOf) AS asOf
WHERE {{inForce e asOf}}
  AND {{activeOrganization o asOf}}
WITH DISTINCT k, o
ORDER BY o.name, o.id
RETURN k.powerId AS powerId, k.asOf AS asOf, o {
  .id, .name, .orgType, .validFrom, .validTo,
  divisionCode: head([(o)-[:IN_DIVISION]->(d:AdminDivision) | d.code]),
  parentId: head([(o)-[:PART_OF]->(p:Organization) | p.id])
} AS organization
