// The list as published: who issued it, from when, its remark (a footnote under its table) and
// every row it contains (new or unchanged).
MERGE (l:ListVersion {id: $listId})
  ON CREATE SET l.listType = $listType, l.contentHash = $contentHash, l.sourceFile = $sourceFile,
                l.importedAt = datetime(), l.validFrom = date($validFrom),
                l.remarks = $remarks
WITH l
CALL (l) {
  MATCH (o:Organization {nameKey: $issuerKey})
  MERGE (l)-[:ISSUED_BY]->(o)
}
RETURN l.id AS id
