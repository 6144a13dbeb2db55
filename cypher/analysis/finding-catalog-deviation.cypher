// CATALOG_DEVIATION (issue 17 §1): a power row in force on $asOf matched to an item of its level
// whose category differs, or whose implementing basis cites laws the item does not, or lacks laws
// it does (laws as resolved: BASED_ON a provision of a version of the law, or CITES_LAW).
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
WHERE {{inForce e d}} AND {{inForce p d}} AND {{inForce i d}} AND g.level IN i.levels
WITH c, g, o, p, m, i,
  COLLECT {
    MATCH (p)-[b:BASED_ON]->(:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(l:LegalDocument)
    WHERE b.role = 'IMPLEMENTING'
    RETURN l
    UNION
    MATCH (p)-[b:CITES_LAW]->(l:LegalDocument)
    WHERE b.role = 'IMPLEMENTING'
    RETURN l
  } AS rowLaws,
  COLLECT {
    MATCH (i)-[:BASED_ON]->(:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(l:LegalDocument)
    RETURN l
    UNION
    MATCH (i)-[:CITES_LAW]->(l:LegalDocument)
    RETURN l
  } AS itemLaws
WITH c, g, o, p, m, i,
  [l IN rowLaws WHERE NOT l IN itemLaws | l.name] AS extraLaws,
  [l IN itemLaws WHERE NOT l IN rowLaws | l.name] AS missingLaws
WHERE p.category <> i.category OR size(extraLaws) > 0 OR size(missingLaws) > 0
RETURN p.id AS subjectId, p.name AS subjectName, [o {.id, .name}] AS organizations, [] AS related,
  {catalog: c.name, level: g.level, category: p.category, rawCategory: p.rawCategory, itemCategory: i.category,
   itemId: i.id, itemName: i.name, itemSubName: i.subName, itemSheet: i.sourceSheet, itemRow: i.sourceRow,
   method: m.method, score: m.score, extraLaws: extraLaws, missingLaws: missingLaws,
   subName: p.subName, sourceFile: p.sourceFile, sourceRow: p.sourceRow} AS facts
