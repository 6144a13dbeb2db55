// Ends an organization the day before the effective date; returns its former validTo for the undo log.
MATCH (o:Organization {id: $organizationId})
WITH o, o.validTo AS oldValidTo
SET o.validTo = date($effectiveDate) - duration({days: 1})
RETURN toString(oldValidTo) AS oldValidTo
