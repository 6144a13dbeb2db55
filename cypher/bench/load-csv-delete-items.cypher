// Removes the power items the LOAD CSV floor created (keys with the bench's prefix).
MATCH (i:PowerItem)
WHERE i.key STARTS WITH $prefix
CALL (i) { DETACH DELETE i } IN TRANSACTIONS OF 5000 ROWS
