// Test data: (LegalVersion)-[:SUPERSEDED_BY]->(LegalVersion) in publish order.
UNWIND $rows AS row
MATCH (a:LegalVersion {id: row.from}), (b:LegalVersion {id: row.to})
MERGE (a)-[:SUPERSEDED_BY]->(b)
RETURN count(a) AS linked
