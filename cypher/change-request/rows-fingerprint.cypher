// What a request's plan would change, as the committed graph holds it now: each row (power or list
// row) with its properties and every relationship but audit links, each organization with its own
// properties. Hashed by the caller; a different hash later means someone changed those rows.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organization {id: id}) RETURN n
  UNION
  MATCH (n:Power {id: id}) RETURN n
  UNION MATCH (n:{{label}} {id: id}) RETURN n
}
RETURN n.id AS id, properties(n) AS properties,
  CASE WHEN n:Organization THEN [] ELSE COLLECT {
    MATCH (n)-[r]-(m)
    WHERE NOT m:ChangeSet AND NOT m:ChangeRequest
    RETURN [type(r), startNode(r) = n, coalesce(m.id, m.code, m.key, ''), properties(r)]
  } END AS links
ORDER BY id
