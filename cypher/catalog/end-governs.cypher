// Ends a catalog's current assignment to organizations (the day before the new one starts).
MATCH (c:Catalog {nameKey: $catalogKey})
UNWIND $organizationIds AS organizationId
MATCH (c)-[g:GOVERNS]->(:Organization {id: organizationId})
WHERE g.validTo IS NULL
SET g.validTo = date($validTo)
