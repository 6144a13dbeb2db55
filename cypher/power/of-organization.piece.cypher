// Organization.powers: one page as power/list-pages-of-organizations reads it; nothing when the
// organization is not active on $asOf. $limit is the page size plus one. The condition on the
// organization is in the subquery's WHERE, not a CASE around it: Neo4j plans a COLLECT inside a
// CASE as an expression evaluated apart (with the subqueries nested in it), about a third more db
// hits for a page of 50 powers with their exercisers.
COLLECT {
  MATCH (__child__:Power)-[__link__:EXERCISED_BY]->(__self__)
  WHERE {{activeOrganization __self__ date($__asOf__)}}
    AND {{inForce __link__ date($__asOf__)}}
    AND {{inForce __child__ date($__asOf__)}}
    AND ($__categories__ IS NULL OR __child__.category IN $__categories__)
    AND ($__afterName__ IS NULL OR __child__.name > $__afterName__ OR (__child__.name = $__afterName__ AND (
      coalesce(__child__.subName, '') > $__afterSub__
      OR (coalesce(__child__.subName, '') = $__afterSub__ AND __child__.id > $__afterId__))))
  WITH DISTINCT __child__
  ORDER BY __child__.name, coalesce(__child__.subName, ''), __child__.id
  LIMIT toInteger($__limit__)
  RETURN __child__ { __projection__ }
}
