// Full-text candidates from the one search index, valid on $asOf, best Lucene score first. $query is
// built from escaped user text (never concatenated into this statement); ranking by match tier and
// snippets happen in code (src/features/search/rank.ts).
CALL db.index.fulltext.queryNodes('quanze_search', $query, {limit: toInteger($candidates)})
YIELD node, score
WITH node, score, date($asOf) AS asOf
WHERE {{inForce node asOf}}
RETURN
  head([l IN labels(node) WHERE l IN ['Organization', 'Power', 'WhistleMatter', 'TownshipDutyItem', 'LenientItem']]) AS type,
  node.id AS id,
  score,
  [node.name, node.subName, node.townshipDuty, node.violation] AS texts
ORDER BY score DESC, id
LIMIT toInteger($candidates)
