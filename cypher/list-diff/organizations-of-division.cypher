// Organizations of a division or of any division under it, in force on either day, by name.
MATCH (:AdminDivision {code: $divisionCode})<-[:PART_OF*0..10]-(:AdminDivision)<-[:IN_DIVISION]-(o:Organization)
WHERE (o.validFrom IS NULL OR o.validFrom <= date($to)) AND (o.validTo IS NULL OR o.validTo >= date($from))
RETURN DISTINCT o.id AS id, o.name AS name
ORDER BY name, id
LIMIT $limit
