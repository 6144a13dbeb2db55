// Legal versions by catalog id, for the DataLoader, with the current flag.
// current = not expired and no later (by publish date, then id) non-expired version of the same law.
UNWIND $ids AS id
MATCH (v:LegalVersion {id: id})-[:OF]->(l:LegalDocument)
RETURN v {
  .id, .publishDate, .effectiveDate, .expired, .ver, lawId: l.id,
  current: NOT coalesce(v.expired, false) AND NOT EXISTS {
    MATCH (l)<-[:OF]-(w:LegalVersion)
    WHERE w <> v AND NOT coalesce(w.expired, false)
      AND (coalesce(w.publishDate, date("0001-01-01")) > coalesce(v.publishDate, date("0001-01-01"))
        OR (coalesce(w.publishDate, date("0001-01-01")) = coalesce(v.publishDate, date("0001-01-01")) AND w.id > v.id))
  }
} AS version
