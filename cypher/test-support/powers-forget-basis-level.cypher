// Removes the stored basis level of the powers imported from one source file, as rows stored
// before the importer kept it (the one-time step gives it back).
MATCH (p:Power {sourceFile: $sourceFile})
REMOVE p.basisLevel
RETURN count(p) AS rows
