// The codes of division $divisionCode and every division below it (the divisionCode filters).
MATCH (:AdminDivision {code: $divisionCode})<-[:PART_OF*0..10]-(d:AdminDivision)
RETURN collect(DISTINCT d.code) AS codes
