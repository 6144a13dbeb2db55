// Whether the graph the analysis read has changed since: the head of the change log (every import,
// plan and revert appends to it) and the number of nodes and links the analysis reads, all from
// the count store (no scan). partitioned-analysis.ts keeps results while this is unchanged, and
// reads the sequence number (second) and the organizations' count (third) by their places here.
OPTIONAL MATCH (h:ChangeLog {id: 'main'})
RETURN [h.hash, h.seq,
  COUNT { (:Organization) }, COUNT { (:Power) }, COUNT { (:PowerItem) },
  COUNT { (:{{label}}) },
  COUNT { (:LegalVersion) }, COUNT { (:Provision) }, COUNT { (:Responsibility) },
  COUNT { ()-[:EXERCISED_BY]->() }, COUNT { ()-[:BASED_ON]->() }, COUNT { ()-[:HANDS_OVER]->() },
  COUNT { ()-[:SUCCEEDED_BY]->() }, COUNT { ()-[:LEAD]->() }, COUNT { ()-[:NEEDS_POWER]->() },
  COUNT { (:CatalogItem) }, COUNT { ()-[:GOVERNS]->() }, COUNT { ()-[:MATCHES_CATALOG]->() }
] AS fingerprint
