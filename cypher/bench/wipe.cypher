// Benchmarks only, behind --reset: empties the database in batches.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
