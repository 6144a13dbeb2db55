// The floor for "a search" (bench/raw-cypher.ts): the full-text candidates of search/query, ranked
// in the statement as src/features/search/rank.ts ranks them (match tier, then the score relative
// to the best candidate), with the fields the mix shows, one round trip. $query is the escaped
// Lucene query and $compact the compacted text, both built in code from the user's text.
CALL db.index.fulltext.queryNodes('quanze_search', $query, {limit: toInteger($candidates)})
YIELD node, score
WITH node, score, date($asOf) AS asOf
WHERE {{inForce node asOf}}
WITH collect({node: node, score: score}) AS hits, max(score) AS best
UNWIND hits AS hit
WITH hit.node AS node, hit.score AS score, best,
  [t IN [hit.node.name, hit.node.subName, hit.node.townshipDuty, hit.node.violation]
    WHERE t IS NOT NULL AND t <> '' | replace(toLower(t), ' ', '')] AS texts
WITH node, best, score,
  reduce(tier = 0, t IN texts | CASE
    WHEN t = $compact THEN 3
    WHEN tier < 2 AND t STARTS WITH $compact THEN 2
    WHEN tier < 1 AND t CONTAINS $compact THEN 1
    ELSE tier END) AS tier
WITH node,
  tier + CASE WHEN best > 0 THEN CASE WHEN score / best < 1.0 THEN score / best ELSE 1.0 END ELSE 0.0 END * 0.999 AS rank,
  head([l IN labels(node) WHERE l IN ['Organization', 'Power', 'WhistleMatter', 'TownshipDutyItem', 'LenientItem']]) AS type
WHERE type IS NOT NULL
RETURN type, rank AS score, node { .id, .name, .subName, .violation } AS node
ORDER BY score DESC, type, node.id
LIMIT toInteger($first)
