// Test data: division $p with organizations $p-a and $p-b, and $p-c with no division
// (analysis-plans.test.ts, partition-members).
CREATE (d:AdminDivision {code: $p, name: $p})
CREATE (:Organization {id: $p + '-a', name: $p + 'a'})-[:IN_DIVISION]->(d)
CREATE (:Organization {id: $p + '-b', name: $p + 'b'})-[:IN_DIVISION]->(d)
CREATE (:Organization {id: $p + '-c', name: $p + 'c'})
