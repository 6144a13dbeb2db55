// Test data: (Power)-[:HAS_RESPONSIBILITY]->(Responsibility {id, order, stage, group, text}).
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId})
MERGE (r:Responsibility {id: row.id})
SET r.order = row.order, r.stage = row.stage, r.group = row.group, r.text = row.text
MERGE (p)-[:HAS_RESPONSIBILITY]->(r)
RETURN count(r) AS written
