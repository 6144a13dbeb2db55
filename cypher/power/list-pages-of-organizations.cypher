// Pages of powers exercised by organizations, one page per request (for the DataLoader, so the
// powers of many organizations cost one round trip). A request lists nothing when its
// organization is not active on its asOf. $limit is the largest page size asked plus one; the
// caller trims each page to its own size.
// A list row: the long texts (basis, citations, accountability) are left out and loaded by id
// only when a query asks for them (power.resolvers.ts), so a page of 50 stays small.
UNWIND $requests AS r
CALL (r) {
  WITH r, date(r.asOf) AS asOf
  MATCH (o:Organization {id: r.organizationId})
  WHERE {{activeOrganization o asOf}}
  MATCH (p:Power)-[e:EXERCISED_BY]->(o)
  WHERE {{inForce e asOf}}
    AND {{inForce p asOf}}
    AND (r.name IS NULL OR p.name = r.name)
    AND (r.nameContains IS NULL OR p.name CONTAINS r.nameContains OR p.subName CONTAINS r.nameContains)
    AND (r.code IS NULL OR p.code = r.code)
    AND (r.categories IS NULL OR p.category IN r.categories)
    AND (r.afterName IS NULL OR p.name > r.afterName OR (p.name = r.afterName AND (
      coalesce(p.subName, '') > r.afterSub OR (coalesce(p.subName, '') = r.afterSub AND p.id > r.afterId))))
  WITH DISTINCT p
  ORDER BY p.name, coalesce(p.subName, ''), p.id
  LIMIT toInteger($limit)
  RETURN p
}
WITH r.key AS key, p
RETURN p {
  .id, .code, .codeLayout, .codeArea, .codeDepartment, .codeType, .codeItem, .codeSubItem,
  .seqNo, .name, .subName, .category, .rawCategory, .levelLabel, .scope, .remarks,
  .validFrom, .validTo,
  .sourceFile, .sourceSheet, .sourceRow,
  undertakenById: head([(p)-[:UNDERTAKEN_BY]->(u:Organization) | u.id]),
  parentId: head([(p)-[:SUB_ITEM_OF]->(q:Power) | q.id]),
  itemKey: head([(p)-[:INSTANCE_OF]->(i:PowerItem) | i.key])
} AS power, key
