// Has this exact list (same issuer, same content) been imported before? Then importing it again is a no-op.
MATCH (l:ListVersion {id: $listId})
RETURN count(l) AS n
