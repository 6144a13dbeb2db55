// search(...): the full-text candidates as search/query reads them (valid on $asOf, best Lucene
// score first), each projected as a hit with its node. $query is built from escaped user text.
COLLECT {
  CALL db.index.fulltext.queryNodes('quanze_search', $__query__, {limit: toInteger($__candidates__)})
  YIELD node AS __child__, score AS __score__
  WHERE {{inForce __child__ date($__asOf__)}}
  WITH __child__, __score__
  ORDER BY __score__ DESC, __child__.id
  LIMIT toInteger($__candidates__)
  RETURN __child__ { score: __score__, __projection__ }
}
