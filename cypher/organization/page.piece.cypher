// organizations(...): one page as organization/list-page reads it ($limit is the page size plus one).
COLLECT {
  MATCH (__child__:Organization)
  WHERE ($__nameKey__ IS NULL OR __child__.nameKey = $__nameKey__)
    AND ($__nameContains__ IS NULL OR __child__.name CONTAINS $__nameContains__)
    AND ($__orgTypes__ IS NULL OR __child__.orgType IN $__orgTypes__)
    AND {{activeOrganization __child__ date($__asOf__)}}
    AND ($__divisionCode__ IS NULL OR EXISTS {
      MATCH (__child__)-[:IN_DIVISION]->(:AdminDivision)-[:PART_OF*0..10]->(:AdminDivision {code: $__divisionCode__})
    })
    AND ($__afterName__ IS NULL OR __child__.name > $__afterName__
      OR (__child__.name = $__afterName__ AND __child__.id > $__afterId__))
  WITH __child__
  ORDER BY __child__.name, __child__.id
  LIMIT toInteger($__limit__)
  RETURN __child__ { __projection__ }
}
