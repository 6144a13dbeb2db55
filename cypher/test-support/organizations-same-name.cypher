// Test data: organizations that share a name within one division (an internal unit counts in its body's).
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:PART_OF*0..2]->(:Organization)-[:IN_DIVISION]->(d:AdminDivision)
WITH o, head(collect(d.code)) AS division
WITH o.name AS name, division, collect(o) AS orgs
WHERE size(orgs) > 1
RETURN name, division, [x IN orgs | x.orgType] AS types, [x IN orgs | x.nameKey] AS keys
ORDER BY name
