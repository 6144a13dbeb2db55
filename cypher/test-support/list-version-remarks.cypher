// The power lists an organization issued, with the remark kept from a footnote under the table.
MATCH (l:ListVersion {listType: 'POWERS'})-[:ISSUED_BY]->(:Organization {nameKey: $issuerKey})
RETURN l.sourceFile AS sourceFile, l.remarks AS remarks
ORDER BY l.validFrom
