// Test support (analysis): laws with one version each and their provisions, as ADR 0001 writes
// them; a chapter citation is a Provision with articleTo set (id <version>#ch<N>).
UNWIND $rows AS row
MERGE (l:LegalDocument {id: row.lawId})
SET l.name = row.name, l.level = 'LAW'
MERGE (v:LegalVersion {id: row.versionId})
SET v.publishDate = date(row.publishDate), v.effectiveDate = date(row.publishDate), v.expired = false, v.ver = 1
MERGE (v)-[:OF]->(l)
WITH v, row
CALL (v, row) {
  UNWIND row.provisions AS pr
  MERGE (p:Provision {id: pr.id})
  SET p.article = pr.article, p.articleTo = pr.articleTo, p.chapter = pr.chapter, p.text = pr.text
  MERGE (p)-[:OF_VERSION]->(v)
}
RETURN count(v) AS written
