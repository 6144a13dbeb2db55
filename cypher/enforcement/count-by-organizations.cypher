// Number of items per request of page-by-organizations (no cursor), one round trip per batch.
UNWIND $requests AS r
CALL (r) {
  WITH r, date(r.asOf) AS asOf
  OPTIONAL MATCH (e:EnforcementItem)-[rel:FROM|TO]->(:Organization {id: r.organizationId})
  WHERE type(rel) = r.side
    AND {{inForce e asOf}}
  RETURN count(e) AS total
}
RETURN r.key AS key, total
