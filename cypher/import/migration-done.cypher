// Marks a one-time data step as done for this graph.
MERGE (m:Migration {id: $migration})
ON CREATE SET m.at = datetime()
