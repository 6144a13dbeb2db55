// search(...): the full-text candidates as search/query reads them (valid on $asOf, best Lucene
// score first, $candidates of them), ranked here as src/features/search/rank.ts ranks them, and
// only the first $first projected as hits with their nodes. The rank is rank.ts's: the match tier
// of the best of the node's texts against $compact (the query compacted in code: NFKC, lower case,
// no white space), each text compacted the same way here, plus the Lucene score relative to the
// best candidate's × 0.999; ties by type, then id, in code-point order. The equivalence suite
// (compiled against loaders, which rank in code) fails if the two drift. $query is built from
// escaped user text.
COLLECT {
  CALL db.index.fulltext.queryNodes('quanze_search', $__query__, {limit: toInteger($__candidates__)})
  YIELD node AS __child__, score AS __score__
  WHERE {{inForce __child__ date($__asOf__)}}
  WITH __child__, __score__
  ORDER BY __score__ DESC, __child__.id
  LIMIT toInteger($__candidates__)
  WITH __child__, __score__,
    head([__label__ IN labels(__child__) WHERE __label__ IN ['Organization', 'Power', 'WhistleMatter', 'TownshipDutyItem', 'LenientItem']]) AS __type__
  WHERE __type__ IS NOT NULL
  WITH collect({node: __child__, score: __score__, type: __type__}) AS __hits__, max(__score__) AS __best__
  UNWIND __hits__ AS __hit__
  WITH __hit__.node AS __child__, __hit__.score AS __score__, __hit__.type AS __type__, __best__,
    [__text__ IN [__hit__.node.name, __hit__.node.subName, __hit__.node.townshipDuty, __hit__.node.violation]
      WHERE __text__ IS NOT NULL AND __text__ <> ''
      | reduce(__s__ = toLower(normalize(__text__, NFKC)),
          __space__ IN [' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF']
          | replace(__s__, __space__, ''))] AS __texts__
  WITH __child__, __type__,
    CASE WHEN $__compact__ = '' THEN 0 ELSE reduce(__tier__ = 0, __t__ IN __texts__ | CASE
      WHEN __t__ = $__compact__ THEN 3
      WHEN __tier__ < 2 AND __t__ STARTS WITH $__compact__ THEN 2
      WHEN __tier__ < 1 AND __t__ CONTAINS $__compact__ THEN 1
      ELSE __tier__ END) END
    + CASE WHEN __best__ > 0 THEN CASE WHEN __score__ / __best__ < 1.0 THEN __score__ / __best__ ELSE 1.0 END ELSE 0.0 END * 0.999 AS __rank__
  ORDER BY __rank__ DESC, __type__, __child__.id
  LIMIT toInteger($__first__)
  RETURN __child__ { score: __rank__, __projection__ }
}
