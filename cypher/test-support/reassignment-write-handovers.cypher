// Test support (reassignment): hand-overs (EnforcementItem) HANDS_OVER a power, FROM and TO.
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId})
MATCH (f:Organization {id: row.fromId})
MATCH (t:Organization {id: row.toId})
CREATE (e:EnforcementItem {id: row.id, name: row.name, rawMode: row.mode, mode: row.mode, actsInNameOf: row.actsInNameOf,
  decisionDocNo: 'doc', published: true, validFrom: date(row.validFrom), validTo: date(row.validTo),
  status: 'ACTIVE', sourceFile: row.sourceFile, sourceRow: 1})
CREATE (e)-[:HANDS_OVER]->(p), (e)-[:FROM]->(f), (e)-[:TO]->(t)
RETURN count(e) AS written
