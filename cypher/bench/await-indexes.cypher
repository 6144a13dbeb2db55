// The province build (bench/province): waits until every index (constraints, full-text) is online after a bulk import.
CALL db.awaitIndexes($seconds)
