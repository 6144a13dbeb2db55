// A power list row a plan cancels or re-versions ends the day before the effective date, and so does
// its exercise then in force (import/powers-retire does the same for an import). Returns the old
// values, for the undo log.
WITH date($effectiveDate) AS d
MATCH (p:Power {id: $powerId})
WITH d, p, p.validTo AS oldValidTo
SET p.validTo = d - duration({days: 1})
WITH d, p, oldValidTo
CALL (d, p) {
  MATCH (p)-[r:EXERCISED_BY]->(:Organization)
  WHERE {{inForce r d}}
  WITH d, r, r.validTo AS old
  SET r.validTo = d - duration({days: 1})
  RETURN collect({id: elementId(r), oldValidTo: toString(old)}) AS ended
}
RETURN toString(oldValidTo) AS oldValidTo, ended
