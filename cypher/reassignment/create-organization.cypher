// A new organization from the effective date (the target of a merge), typed and placed like $templateId.
MATCH (f:Organization {id: $templateId})
CREATE (o:Organization {id: $id, nameKey: $nameKey, name: $name, orgType: f.orgType,
  validFrom: date($effectiveDate), createdBy: 'REASSIGNMENT'})
SET o.level = f.level
WITH o, f
CALL (o, f) {
  MATCH (f)-[:IN_DIVISION]->(dv:AdminDivision)
  CREATE (o)-[:IN_DIVISION]->(dv)
}
RETURN o.id AS id
