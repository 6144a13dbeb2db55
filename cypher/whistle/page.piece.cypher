// whistleMatters(...): one page as whistle/list-page reads it ($limit is the page size plus one).
COLLECT {
  MATCH (__child__:WhistleMatter)
  WHERE {{inForce __child__ date($__asOf__)}}
    AND ($__nameContains__ IS NULL OR __child__.name CONTAINS $__nameContains__)
    AND ($__leadId__ IS NULL OR EXISTS { MATCH (__child__)-[:LEAD]->(:Organization {id: $__leadId__}) })
    AND ($__whistledById__ IS NULL OR EXISTS { MATCH (__child__)-[:WHISTLED_BY]->(:Organization {id: $__whistledById__}) })
    AND ($__afterName__ IS NULL OR __child__.name > $__afterName__
      OR (__child__.name = $__afterName__ AND __child__.id > $__afterId__))
  WITH __child__
  ORDER BY __child__.name, __child__.id
  LIMIT toInteger($__limit__)
  RETURN __child__ { __projection__ }
}
