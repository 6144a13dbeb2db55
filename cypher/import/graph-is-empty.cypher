// True when no organization is in the graph yet (a fresh database: `npm start` then loads the demo).
OPTIONAL MATCH (o:Organization)
WITH o LIMIT 1
RETURN o IS NULL AS empty
