// One organization's timeline (quanze history): the lists it issued, lists naming it, change
// events it took part in, and change sets that touched it or the lists.
MATCH (o:Organization)
WHERE o.nameKey = $nameKey OR o.name = $name
WITH o LIMIT 1
RETURN o {.id, .name, .orgType, validFrom: toString(o.validFrom), validTo: toString(o.validTo)} AS organization,
  COLLECT {
    MATCH (l:ListVersion)-[:ISSUED_BY]->(o)
    RETURN l {.id, .listType, .sourceFile, validFrom: toString(l.validFrom), importedAt: toString(l.importedAt),
      rows: COUNT { (l)-[:CONTAINS]->() }} AS l ORDER BY l.validFrom
  } AS lists,
  COLLECT {
    MATCH (ev:OrgChangeEvent)-[:ORIGINAL|RESULTING]->(o)
    RETURN ev {.id, .type, .docNo, effectiveDate: toString(ev.effectiveDate),
      originals: [(ev)-[:ORIGINAL]->(x:Organization) | x.name],
      resulting: [(ev)-[:RESULTING]->(x:Organization) | x.name]} AS ev ORDER BY ev.effectiveDate
  } AS events,
  // From the organization and its lists, not from every change set the log has kept.
  COLLECT {
    CALL (o) {
      MATCH (c:ChangeSet)-[:TOUCHED]->(o)
      RETURN c
      UNION
      MATCH (c:ChangeSet)-[:TOUCHED]->(:ListVersion)-[:ISSUED_BY]->(o)
      RETURN c
    }
    RETURN DISTINCT c {.id, .seq, .at, .actor, .reason, .kind, .summary} AS c ORDER BY c.seq
  } AS changeSets
