// Content hashes of the law versions already in the graph, to tell created from updated.
MATCH (v:LegalVersion)
RETURN v.id AS id, v.contentHash AS contentHash
