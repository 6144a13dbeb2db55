// Hand-overs given by $fromId of any of $powerIds, not ended before the effective date.
WITH date($effectiveDate) AS d
MATCH (:Organization {id: $fromId})<-[:FROM]-(h:EnforcementItem)
WHERE (h.validTo IS NULL OR h.validTo >= d)
  AND EXISTS { MATCH (h)-[:HANDS_OVER]->(p:Power) WHERE p.id IN $powerIds }
RETURN DISTINCT h.id AS id ORDER BY id
