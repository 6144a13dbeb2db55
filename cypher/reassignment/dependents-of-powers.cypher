// Rows of every kind of list that need, hand over or apply to one of these powers and are in force
// on the effective date (issue 19): what a plan reaches through a power whose holder it changes,
// without changing the rows themselves.
WITH date($effectiveDate) AS d
MATCH (x)-[:{{powerLinks}}]->(p:Power)
WHERE p.id IN $powerIds AND any(l IN labels(x) WHERE l IN {{labels}}) AND {{inForce x d}}
RETURN DISTINCT [l IN labels(x) WHERE l IN {{labels}}][0] AS label, x.id AS id
ORDER BY label, id
