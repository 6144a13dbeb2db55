// Every organization a guiding catalog governs on $asOf.
MATCH (:Catalog)-[g:GOVERNS]->(o:Organization)
WHERE {{inForce g date($asOf)}}
RETURN DISTINCT o.id AS id
ORDER BY id
