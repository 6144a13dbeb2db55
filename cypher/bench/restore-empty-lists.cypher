// The province build (bench/province): neo4j-admin import stores an empty list as no property;
// this gives back [] to a property every node of $label had, as the importer writes it.
MATCH (n)
WHERE $label IN labels(n) AND n[$key] IS NULL
CALL (n) { SET n[$key] = [] } IN TRANSACTIONS OF 10000 ROWS
