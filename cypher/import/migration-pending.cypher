// Whether a one-time data step (its Migration marker) is done for this graph.
OPTIONAL MATCH (m:Migration {id: $migration})
RETURN m IS NOT NULL AS done
