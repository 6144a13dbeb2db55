// Recalls hand-overs: they end the day before the effective date and are marked RECALLED.
// Returns the former values for the undo log.
UNWIND $ids AS id
MATCH (h:EnforcementItem {id: id})
WITH h, h.validTo AS oldValidTo, h.status AS oldStatus
SET h.validTo = date($effectiveDate) - duration({days: 1}), h.status = 'RECALLED'
RETURN h.id AS id, toString(oldValidTo) AS oldValidTo, oldStatus
