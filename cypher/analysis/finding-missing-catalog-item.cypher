// MISSING_CATALOG_ITEM (清单不全, issue 17 §1): an item a guiding catalog gives the level it governs
// an organization at, which no power row of the organization in force on $asOf matches. One row
// per (organization, item): the subject is the catalog item.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (c:Catalog)-[g:GOVERNS]->(o:Organization)
  RETURN c, g, o
  UNION
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (c:Catalog)-[g:GOVERNS]->(o:Organization {id: id})
  RETURN c, g, o
}
WITH date($asOf) AS d, c, g, o
WHERE {{inForce g d}} AND {{activeOrganization o d}}
MATCH (c)<-[:IN_CATALOG]-(i:CatalogItem)
WHERE {{inForce i d}} AND g.level IN i.levels
  AND NOT EXISTS {
    MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[:MATCHES_CATALOG]->(i)
    WHERE {{inForce e d}} AND {{inForce p d}}
  }
RETURN i.id AS subjectId, i.name AS subjectName, [o {.id, .name}] AS organizations,
  [{type: 'Organization', id: o.id, name: o.name}] AS related,
  {catalog: c.name, level: g.level, category: i.category, subName: i.subName, code: i.code,
   sourceFile: i.sourceFile, sourceSheet: i.sourceSheet, sourceRow: i.sourceRow, organizationId: o.id} AS facts
