// Powers whose item code (Power.codeKey, normalised: domain/item-codes.ts) is $code or starts with
// it, valid on $asOf: a range seek on power_code_key. Ranked beside the full-text candidates in
// code (src/features/search/rank.ts); the code comes first among the texts, so it is what matches.
MATCH (p:Power)
WHERE p.codeKey STARTS WITH $code
WITH p, date($asOf) AS asOf
WHERE {{inForce p asOf}}
RETURN 'Power' AS type, p.id AS id, 0.0 AS score, [p.codeKey, p.name, p.subName] AS texts
ORDER BY p.codeKey, id
LIMIT toInteger($candidates)
