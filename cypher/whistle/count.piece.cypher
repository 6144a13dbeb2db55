// whistleMatters(...) { totalCount }: as whistle/count counts (the page's filter, no cursor).
COUNT {
  MATCH (__child__:WhistleMatter)
  WHERE {{inForce __child__ date($__asOf__)}}
    AND ($__nameContains__ IS NULL OR __child__.name CONTAINS $__nameContains__)
    AND ($__leadId__ IS NULL OR EXISTS { MATCH (__child__)-[:LEAD]->(:Organization {id: $__leadId__}) })
    AND ($__whistledById__ IS NULL OR EXISTS { MATCH (__child__)-[:WHISTLED_BY]->(:Organization {id: $__whistledById__}) })
}
