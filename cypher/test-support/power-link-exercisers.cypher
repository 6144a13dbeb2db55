// Test data: (Power)-[:EXERCISED_BY {basis, validFrom, validTo}]->(Organization).
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId}), (o:Organization {id: row.organizationId})
MERGE (p)-[e:EXERCISED_BY]->(o)
SET e.basis = 'STATUTORY', e.validFrom = date(row.validFrom), e.validTo = date(row.validTo)
RETURN count(e) AS linked
