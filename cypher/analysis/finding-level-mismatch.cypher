// LEVEL_MISMATCH (issue 17 §1): a power row in force on $asOf whose catalog item is one the catalog
// gives only to other levels than the one it governs the organization at.
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
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)-[m:MATCHES_CATALOG]->(i:CatalogItem)-[:IN_CATALOG]->(c)
WHERE {{inForce e d}} AND {{inForce p d}} AND {{inForce i d}} AND NOT g.level IN i.levels
RETURN p.id AS subjectId, p.name AS subjectName, [o {.id, .name}] AS organizations, [] AS related,
  {catalog: c.name, level: g.level, itemLevels: i.levels, itemId: i.id, itemName: i.name, itemSubName: i.subName,
   itemSheet: i.sourceSheet, itemRow: i.sourceRow, method: m.method, score: m.score, subName: p.subName,
   sourceFile: p.sourceFile, sourceRow: p.sourceRow} AS facts
