// The partitions (division codes; '' for organizations with no known division) whose analysis a
// change can alter (issue 13), computed inside the change's own transaction from the ids it
// touched ($ids: organizations, list rows, list versions). A partition's results depend on its own
// organizations' rows and on every row one of them shares with another organization: a hand-over,
// a whistle matter, a duty item, a lenient item, a needed power, a successor. So the partitions
// are those of the organizations the change names and of every organization co-involved with one
// of them through such a row, before or after the change (ended links are kept with validTo).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organization {id: id}) RETURN n
  UNION
  MATCH (n:Power {id: id}) RETURN n
  UNION
  MATCH (n:EnforcementItem {id: id}) RETURN n
  UNION
  MATCH (n:WhistleMatter {id: id}) RETURN n
  UNION
  MATCH (n:TownshipDutyItem {id: id}) RETURN n
  UNION
  MATCH (n:LenientItem {id: id}) RETURN n
  UNION
  MATCH (:ListVersion {id: id})-[:CONTAINS|ISSUED_BY]->(n) RETURN n
}
CALL (n) {
  WITH n WHERE n:Organization
  RETURN n AS o
  UNION
  MATCH (n)-[:EXERCISED_BY|UNDERTAKEN_BY|FROM|TO|LEAD|WHISTLED_BY|COOPERATES|OF_TOWNSHIP|COUNTERPART|IMPLEMENTED_BY]->(o:Organization)
  RETURN o
  UNION
  MATCH (n)-[:HANDS_OVER|NEEDS_POWER|APPLIES_TO]->(:Power)-[:EXERCISED_BY]->(o:Organization)
  RETURN o
}
WITH DISTINCT o
CALL (o) {
  RETURN o AS x
  UNION
  MATCH (o)-[:SUCCEEDED_BY]-(x:Organization)
  RETURN x
  UNION
  MATCH (o)<-[:FROM|TO|LEAD|WHISTLED_BY|COOPERATES|OF_TOWNSHIP|COUNTERPART|IMPLEMENTED_BY]-(r)-[:FROM|TO|LEAD|WHISTLED_BY|COOPERATES|OF_TOWNSHIP|COUNTERPART|IMPLEMENTED_BY]->(x:Organization)
  RETURN x
  UNION
  MATCH (o)<-[:FROM|TO|LEAD|WHISTLED_BY|COOPERATES|OF_TOWNSHIP|COUNTERPART|IMPLEMENTED_BY]-(r)-[:HANDS_OVER|NEEDS_POWER|APPLIES_TO]->(:Power)-[:EXERCISED_BY]->(x:Organization)
  RETURN x
  UNION
  MATCH (o)<-[:EXERCISED_BY]-(:Power)<-[:HANDS_OVER|NEEDS_POWER|APPLIES_TO]-(r)-[:FROM|TO|LEAD|WHISTLED_BY|COOPERATES|OF_TOWNSHIP|COUNTERPART|IMPLEMENTED_BY]->(x:Organization)
  RETURN x
  UNION
  MATCH (o)<-[:EXERCISED_BY]-(:Power)<-[:HANDS_OVER|NEEDS_POWER|APPLIES_TO]-(r)-[:HANDS_OVER|NEEDS_POWER|APPLIES_TO]->(:Power)-[:EXERCISED_BY]->(x:Organization)
  RETURN x
}
WITH DISTINCT x
OPTIONAL MATCH (x)-[:IN_DIVISION]->(d:AdminDivision)
WITH collect(DISTINCT coalesce(d.code, '')) AS partitions
// A revert also affects what the change it reverts affected (nodes that change created are gone).
OPTIONAL MATCH (reverted:ChangeSet {id: $reverts})
WITH partitions + [p IN coalesce(reverted.analysisPartitions, []) WHERE NOT p IN partitions] AS partitions
MATCH (c:ChangeSet {id: $changeSetId})
SET c.analysisPartitions = partitions
RETURN partitions
