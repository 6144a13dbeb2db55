// Every version of each legal document, for the DataLoader, oldest publish date first.
// current = not expired and no later (by publish date, then id) non-expired version of the same law.
UNWIND $ids AS id
MATCH (v:LegalVersion)-[:OF]->(l:LegalDocument {id: id})
WITH l, v
ORDER BY coalesce(v.publishDate, date("0001-01-01")), v.id
RETURN v {
  .id, .publishDate, .effectiveDate, .expired, .ver, lawId: l.id,
  current: NOT coalesce(v.expired, false) AND NOT EXISTS {
    MATCH (l)<-[:OF]-(w:LegalVersion)
    WHERE w <> v AND NOT coalesce(w.expired, false)
      AND (coalesce(w.publishDate, date("0001-01-01")) > coalesce(v.publishDate, date("0001-01-01"))
        OR (coalesce(w.publishDate, date("0001-01-01")) = coalesce(v.publishDate, date("0001-01-01")) AND w.id > v.id))
  }
} AS version
