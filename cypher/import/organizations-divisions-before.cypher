// The partitions (division codes; '' for none) organizations of an organizations file are in before
// the file's links replace their divisions: the analysis forgets them too (issue 13).
UNWIND $keys AS key
MATCH (o:Organization {nameKey: key})
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
RETURN collect(DISTINCT coalesce(d.code, '')) AS codes
