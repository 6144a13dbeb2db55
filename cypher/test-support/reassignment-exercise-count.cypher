// Test support (reassignment): how many powers an organization exercises on a date.
MATCH (:Organization {id: $organizationId})<-[e:EXERCISED_BY]-(p:Power)
WHERE {{inForce e date($asOf)}}
RETURN count(DISTINCT p) AS n
