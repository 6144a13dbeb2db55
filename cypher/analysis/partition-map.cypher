// The partitions of the analysis (issue 13): the organizations of each division, one row per
// division code, and those with no known division under the code '' (one unknown government).
// Overlaps are only ever found within one partition; results are kept per partition.
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
WITH coalesce(d.code, '') AS partition, o.id AS organizationId
RETURN partition, collect(organizationId) AS organizationIds
