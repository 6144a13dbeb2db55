// Test support (reassignment): how many powers an organization exercises on a date.
MATCH (:Organization {id: $organizationId})<-[e:EXERCISED_BY]-(p:Power)
WHERE (e.validFrom IS NULL OR e.validFrom <= date($asOf)) AND (e.validTo IS NULL OR e.validTo >= date($asOf))
RETURN count(DISTINCT p) AS n
