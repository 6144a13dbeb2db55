// organizations(...) { totalCount }: as organization/count counts (the page's filter, no cursor).
COUNT {
  MATCH (__child__:Organization)
  WHERE ($__nameKey__ IS NULL OR __child__.nameKey = $__nameKey__)
    AND ($__nameContains__ IS NULL OR __child__.name CONTAINS $__nameContains__)
    AND ($__orgTypes__ IS NULL OR __child__.orgType IN $__orgTypes__)
    AND {{activeOrganization __child__ date($__asOf__)}}
    AND ($__divisionCode__ IS NULL OR EXISTS {
      MATCH (__child__)-[:IN_DIVISION]->(:AdminDivision)-[:PART_OF*0..10]->(:AdminDivision {code: $__divisionCode__})
    })
}
