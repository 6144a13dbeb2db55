// The partitions (division codes; '' for organizations with no known division) whose analysis a
// change can alter (issue 13), computed inside the change's own transaction and kept on its
// ChangeSet, so every replica forgets exactly those results. A partition's results are the
// overlaps and findings that name one of its organizations; each is made of rows and of the rows
// and organizations they refer to. So:
// - a changed row (power, hand-over, whistle matter, duty item, lenient item) affects the
//   organizations it names, those of the powers it refers to, those of the rows that refer to it
//   (and of the other powers those rows refer to), and the successors of its exercisers;
// - a changed catalog item (指导目录) affects the organizations its catalog governs;
// - a changed organization (abolished, merged, renamed) affects itself, its predecessors and
//   successors, and every organization that shares a row or a referred power with it.
// $ids are what the change touched (organizations, rows, list versions: a list version stands for
// its rows). Ended links keep their relationships (validTo), so "before" is seen as well as "after".
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organization {id: id}) RETURN n
  UNION
  MATCH (n:Power {id: id}) RETURN n
  UNION MATCH (n:{{label}} {id: id}) RETURN n
  UNION
  MATCH (n:CatalogItem {id: id}) RETURN n
  UNION
  MATCH (:ListVersion {id: id})-[:CONTAINS]->(n) RETURN n
}
WITH DISTINCT n
CALL (n) {
  // A changed organization and everything it shares a row with.
  WITH n WHERE n:Organization
  CALL (n) {
    RETURN n AS x
    UNION
    MATCH (n)-[:SUCCEEDED_BY]-(x:Organization)
    RETURN x
    UNION
    MATCH (n)<-[:{{organizationLinks}}]-(r)-[:{{organizationLinks}}]->(x:Organization)
    RETURN x
    UNION
    MATCH (n)<-[:{{organizationLinks}}]-(r)-[:{{powerLinks}}]->(:Power)-[:EXERCISED_BY]->(x:Organization)
    RETURN x
    UNION
    MATCH (n)<-[:EXERCISED_BY]-(:Power)<-[:{{powerLinks}}]-(r)-[:{{organizationLinks}}]->(x:Organization)
    RETURN x
    UNION
    MATCH (n)<-[:EXERCISED_BY]-(:Power)<-[:{{powerLinks}}]-(r)-[:{{powerLinks}}]->(:Power)-[:EXERCISED_BY]->(x:Organization)
    RETURN x
  }
  RETURN x
  UNION
  // A changed row and what it refers to or is referred to by.
  WITH n WHERE NOT n:Organization
  CALL (n) {
    MATCH (n)-[:EXERCISED_BY|UNDERTAKEN_BY|{{organizationLinks}}]->(x:Organization)
    RETURN x
    UNION
    MATCH (n)-[:EXERCISED_BY]->(:Organization)-[:SUCCEEDED_BY]-(x:Organization)
    RETURN x
    UNION
    MATCH (n)-[:{{powerLinks}}]->(:Power)-[:EXERCISED_BY]->(x:Organization)
    RETURN x
    UNION
    MATCH (n)<-[:{{powerLinks}}]-(r)-[:{{organizationLinks}}]->(x:Organization)
    RETURN x
    UNION
    MATCH (n)<-[:{{powerLinks}}]-(r)-[:{{powerLinks}}]->(:Power)-[:EXERCISED_BY]->(x:Organization)
    RETURN x
    UNION
    // A guiding catalog's item: the organizations its catalog governs (issue 17 §1).
    MATCH (n)-[:IN_CATALOG]->(:Catalog)-[:GOVERNS]->(x:Organization)
    RETURN x
  }
  RETURN x
}
WITH DISTINCT x
OPTIONAL MATCH (x)-[:IN_DIVISION]->(d:AdminDivision)
WITH collect(DISTINCT coalesce(d.code, '')) AS partitions
// Partitions the caller knows the change affects although the graph no longer shows it (a division
// an organization was moved out of, a renamed division).
WITH partitions + [p IN $partitions WHERE NOT p IN partitions] AS partitions
// A revert also affects what the change it reverts affected (nodes that change created are gone).
OPTIONAL MATCH (reverted:ChangeSet {id: $reverts})
WITH partitions + [p IN coalesce(reverted.analysisPartitions, []) WHERE NOT p IN partitions] AS partitions
MATCH (c:ChangeSet {id: $changeSetId})
SET c.analysisPartitions = partitions
RETURN partitions
