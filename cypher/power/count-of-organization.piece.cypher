// Organization.powers { totalCount }: as power/count-of-organization counts.
CASE WHEN {{activeOrganization __self__ date($__asOf__)}} THEN size(COLLECT {
  MATCH (__child__:Power)-[__link__:EXERCISED_BY]->(__self__)
  WHERE {{inForce __link__ date($__asOf__)}}
    AND {{inForce __child__ date($__asOf__)}}
    AND ($__categories__ IS NULL OR __child__.category IN $__categories__)
  WITH DISTINCT __child__
  RETURN __child__.id
}) ELSE 0 END
