// Ids of the organizations in division $divisionCode or any division below it (the divisionCode
// filter of overlaps), found from the division by its code index.
MATCH (:AdminDivision {code: $divisionCode})<-[:PART_OF*0..10]-(:AdminDivision)<-[:IN_DIVISION]-(o:Organization)
RETURN collect(DISTINCT o.id) AS organizationIds
