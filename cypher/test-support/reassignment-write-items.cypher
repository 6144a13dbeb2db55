// Test support (reassignment): whistle matters, township duty items and four-lists items with their
// organization links ($links: {type, organizationId, role?}) and needed / applied-to powers.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'WhistleMatter'
  CREATE (n:WhistleMatter {id: row.id, name: row.name, validFrom: date(row.validFrom), sourceFile: row.sourceFile, sourceRow: 1})
  RETURN n
  UNION
  WITH row WHERE row.label = 'TownshipDutyItem'
  CREATE (n:TownshipDutyItem {id: row.id, name: row.name, listKind: 'BASIC', validFrom: date(row.validFrom), sourceFile: row.sourceFile, sourceRow: 1})
  RETURN n
  UNION
  WITH row WHERE row.label = 'LenientItem'
  CREATE (n:LenientItem {id: row.id, kind: 'NO_PENALTY', violation: row.name, validFrom: date(row.validFrom), sourceFile: row.sourceFile, sourceRow: 1})
  RETURN n
}
CALL (n, row) {
  UNWIND row.links AS link
  MATCH (o:Organization {id: link.organizationId})
  CREATE (n)-[r:$(link.type)]->(o)
  SET r.role = link.role
}
CALL (n, row) {
  UNWIND row.powerIds AS pid
  MATCH (p:Power {id: pid})
  CREATE (n)-[:$(row.powerLink)]->(p)
}
RETURN count(n) AS written
