// NOT_IN_CATALOG (自行增设, issue 17 §1): a power row in force on $asOf of an organization guiding
// catalogs govern, matched to no item in force then of any of them (a row matched to an item of
// another level only is LEVEL_MISMATCH instead).
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
WITH d, o, collect(c) AS catalogs, collect(c.name + '（' + g.level + '）') AS governedBy
MATCH (o)<-[e:EXERCISED_BY]-(p:Power)
WHERE {{inForce e d}} AND {{inForce p d}}
  AND NOT EXISTS {
    MATCH (p)-[:MATCHES_CATALOG]->(i:CatalogItem)-[:IN_CATALOG]->(c:Catalog)
    WHERE c IN catalogs AND {{inForce i d}}
  }
RETURN p.id AS subjectId, p.name AS subjectName, [o {.id, .name}] AS organizations, [] AS related,
  {catalogs: [c IN catalogs | c.name], governedBy: governedBy, category: p.category, rawCategory: p.rawCategory,
   subName: p.subName, sourceFile: p.sourceFile, sourceRow: p.sourceRow} AS facts
