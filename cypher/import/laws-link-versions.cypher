// SUPERSEDED_BY chains each version to the next one of the same law, in publish order.
UNWIND $rows AS row
MATCH (a:LegalVersion {id: row.from}), (b:LegalVersion {id: row.to})
MERGE (a)-[:SUPERSEDED_BY]->(b)
