// Test support: the size of the whole graph (from the count store, cheap). A hostile request must
// change neither number.
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
