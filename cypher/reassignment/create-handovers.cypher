// New hand-overs (乡镇综合行政执法事项) from the effective date, not yet published.
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId})
MATCH (f:Organization {id: row.fromId})
MATCH (t:Organization {id: row.toId})
CREATE (h:EnforcementItem {id: row.id, name: p.name, mode: row.mode, rawMode: row.rawMode,
  actsInNameOf: row.actsInNameOf, published: false, validFrom: date($effectiveDate), status: 'ACTIVE',
  createdBy: 'REASSIGNMENT'})
CREATE (h)-[:HANDS_OVER]->(p), (h)-[:FROM]->(f), (h)-[:TO]->(t)
RETURN h.id AS id
