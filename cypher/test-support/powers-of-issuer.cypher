// Power rows of an issuer's lists as they stood on $asOf (validFrom ≤ asOf ≤ validTo).
MATCH (o:Organization {nameKey: $issuerKey})<-[:ISSUED_BY]-(:ListVersion)-[:CONTAINS]->(p:Power)
WHERE p.validFrom <= date($asOf) AND (p.validTo IS NULL OR p.validTo >= date($asOf))
RETURN DISTINCT p.name AS name, p.remarks AS remarks, toString(p.validFrom) AS validFrom, toString(p.validTo) AS validTo,
       EXISTS { (p)-[:SUPERSEDES]->(:Power) } AS supersedes
ORDER BY name
