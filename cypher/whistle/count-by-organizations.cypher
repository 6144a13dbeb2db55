// Number of matters per request of page-by-organizations (no cursor), one round trip per batch.
UNWIND $requests AS r
CALL (r) {
  WITH r, date(r.asOf) AS asOf
  OPTIONAL MATCH (m:WhistleMatter)-[:LEAD]->(:Organization {id: r.organizationId})
  WHERE {{inForce m asOf}}
  RETURN count(m) AS total
}
RETURN r.key AS key, total
