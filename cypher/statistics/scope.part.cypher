// The scope of a statistics statement (included by each, {{include statistics/scope}}): its
// organizations as o, those in division $divisionCode or a division below it (as the organizations
// connection's divisionCode filter), or those of $organizationIds (exactly one is given). Every
// statistics statement takes the scope itself, not its organizations' ids, so that its plan does
// not depend on how many organizations a scope holds (Neo4j plans a list parameter again for each
// order of magnitude of its size).
CALL () {
  WITH $divisionCode AS code WHERE code IS NOT NULL
  MATCH (:AdminDivision {code: code})<-[:PART_OF*0..10]-(:AdminDivision)<-[:IN_DIVISION]-(o:Organization)
  RETURN DISTINCT o
  UNION
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  UNWIND ids AS id
  MATCH (o:Organization {id: id})
  RETURN o
}
