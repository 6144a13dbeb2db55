// Organizations of a division or of any division under it, active on either day, by name (one
// active on neither has no rows in force on either day: nothing to compare).
MATCH (:AdminDivision {code: $divisionCode})<-[:PART_OF*0..10]-(:AdminDivision)<-[:IN_DIVISION]-(o:Organization)
WHERE ({{activeOrganization o date($from)}}) OR ({{activeOrganization o date($to)}})
RETURN DISTINCT o.id AS id, o.name AS name
ORDER BY name, id
LIMIT $limit
