// Test data: (Power)-[:BASED_ON {role, order, citedText}]->(Provision) for each resolved citation.
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId}), (pr:Provision {id: row.provisionId})
MERGE (p)-[b:BASED_ON {role: row.role, order: row.order}]->(pr)
SET b.citedText = row.citedText
RETURN count(b) AS linked
