// Organizations of a division (or of a division under it) that a guiding catalog governs on $asOf.
MATCH (:AdminDivision {code: $divisionCode})<-[:PART_OF*0..10]-(:AdminDivision)<-[:IN_DIVISION]-(o:Organization)<-[g:GOVERNS]-(:Catalog)
WITH DISTINCT o, g
WHERE {{inForce g date($asOf)}}
RETURN DISTINCT o.id AS id
ORDER BY id
LIMIT $limit
