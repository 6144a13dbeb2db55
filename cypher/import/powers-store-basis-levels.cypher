// Gives the rows stored without a basis level (the graph's rows until the one-time step ran, its
// Migration marker; or every time with $force) the highest level their stored citations name, as
// the importer derives it (src/domain/citations/basis-level.ts): p.citations is the parsed
// citations as JSON, "level" each one's normalised level. Scans Power once per graph; the long
// citations text is read here once instead of by every `statistics`. Returns the rows updated.
OPTIONAL MATCH (m:Migration {id: $migration})
WITH m
WHERE m IS NULL OR $force
MATCH (p:Power)
WHERE p.basisLevel IS NULL
WITH p, p.citations AS citations
SET p.basisLevel = CASE
    WHEN citations IS NULL THEN 'NONE'
    WHEN citations CONTAINS '"level":"LAW"' THEN 'LAW'
    WHEN citations CONTAINS '"level":"ADMIN_REGULATION"' OR citations CONTAINS '"level":"SC_DECISION"' THEN 'ADMIN_REGULATION'
    WHEN citations CONTAINS '"level":"LOCAL_REGULATION"' THEN 'LOCAL_REGULATION'
    WHEN citations CONTAINS '"level":"DEPT_RULE"' OR citations CONTAINS '"level":"GOV_RULE"' THEN 'RULE'
    WHEN citations CONTAINS '"level":"NORMATIVE_DOC"' OR citations CONTAINS '"level":"PARTY_REG"'
      OR citations CONTAINS '"level":"STANDARD"' THEN 'NORMATIVE_DOC'
    ELSE 'NONE'
  END
RETURN count(p) AS updated
