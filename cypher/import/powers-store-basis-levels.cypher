// Gives the rows stored without a basis level (the graph's rows until the one-time step ran, its
// Migration marker) the highest level their stored citations name, as the importer derives it
// (src/domain/citations/basis-level.ts): p.citations is the parsed citations as JSON, "level" each
// one's normalised level. One chunk: the powers with ids after $after, in id order (the unique
// index's order), at most $limit of them. Returns the rows updated and the last id looked at.
MATCH (p:Power)
WHERE p.id > $after
WITH p
ORDER BY p.id
LIMIT $limit
WITH collect(p) AS chunk
CALL (chunk) {
  UNWIND chunk AS p
  WITH p, p.citations AS citations
  WHERE p.basisLevel IS NULL
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
}
RETURN updated, last(chunk).id AS last
