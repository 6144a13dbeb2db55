// The change sets that may have made a change to each row: START, the import whose list version
// began the row; END, the issuer's next power list, which no longer has it, from the day after the
// row ended; PLAN, the reassignment plans and reverts that touched the row. The caller picks by date.
UNWIND $rows AS row
MATCH (p:Power {id: row.powerId})
CALL (p, row) {
  WITH p, row WHERE row.cause = 'START'
  MATCH (c:ChangeSet {kind: 'IMPORT'})-[:TOUCHED]->(l:ListVersion)-[:CONTAINS]->(p)
  WHERE l.validFrom = p.validFrom
  RETURN c, toString(l.validFrom) AS day
  UNION
  WITH p, row WHERE row.cause = 'END'
  MATCH (p)<-[:CONTAINS]-(:ListVersion {listType: 'POWERS'})-[:ISSUED_BY]->(:Organization)<-[:ISSUED_BY]-(l:ListVersion {listType: 'POWERS'})
  WHERE l.validFrom = p.validTo + duration({days: 1})
  MATCH (c:ChangeSet {kind: 'IMPORT'})-[:TOUCHED]->(l)
  RETURN c, toString(l.validFrom) AS day
  UNION
  WITH p, row WHERE row.cause = 'PLAN'
  MATCH (c:ChangeSet)-[:TOUCHED]->(p)
  WHERE c.kind IN ['REASSIGNMENT', 'REVERT']
  RETURN c, null AS day
}
RETURN DISTINCT row.powerId AS powerId, row.cause AS cause, c.id AS changeSetId, c.kind AS kind, c.seq AS seq,
       c.summary AS summary, day
ORDER BY seq
