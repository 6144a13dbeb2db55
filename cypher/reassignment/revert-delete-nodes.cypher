// Undo: deletes the nodes a change set created (with the relationships attached to them).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organization {id: id}) RETURN n
  UNION
  MATCH (n:OrgChangeEvent {id: id}) RETURN n
  UNION
  MATCH (n:Power {id: id}) RETURN n
  UNION
  MATCH (n:Responsibility {id: id}) RETURN n
  UNION
  MATCH (n:Provision {id: id}) RETURN n
  UNION
  // A power item is named by its key.
  MATCH (n:PowerItem {key: id}) RETURN n
  UNION MATCH (n:{{label}} {id: id}) RETURN n
}
DETACH DELETE n
RETURN count(*) AS deleted
