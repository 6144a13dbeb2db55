// Content hashes of the divisions already in the graph among $codes, to tell created from updated.
UNWIND $codes AS code
MATCH (d:AdminDivision {code: code})
RETURN d.code AS code, d.contentHash AS contentHash
