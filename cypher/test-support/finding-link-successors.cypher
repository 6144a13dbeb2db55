// Test support (findings): (Organization)-[:SUCCEEDED_BY {date}]->(Organization).
UNWIND $rows AS row
MATCH (o:Organization {id: row.fromId}), (n:Organization {id: row.toId})
MERGE (o)-[s:SUCCEEDED_BY]->(n)
SET s.date = date(row.date)
RETURN count(s) AS linked
