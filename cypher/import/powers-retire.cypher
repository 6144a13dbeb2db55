// Rows a newer list replaced or dropped end the day before it starts; so does their EXERCISED_BY.
UNWIND $rows AS row
MATCH (p:Power {id: row.id})
SET p.validTo = date($validTo)
WITH p
MATCH (p)-[e:EXERCISED_BY]->(:Organization)
WHERE e.validTo IS NULL
SET e.validTo = date($validTo)
