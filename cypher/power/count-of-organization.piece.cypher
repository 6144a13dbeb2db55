// Organization.powers { totalCount }: as power/count-of-organization counts (0 when the organization
// is not active on $asOf; the condition in the WHERE, as power/of-organization has it).
size(COLLECT {
  MATCH (__child__:Power)-[__link__:EXERCISED_BY]->(__self__)
  WHERE {{activeOrganization __self__ date($__asOf__)}}
    AND {{inForce __link__ date($__asOf__)}}
    AND {{inForce __child__ date($__asOf__)}}
    AND ($__categories__ IS NULL OR __child__.category IN $__categories__)
  WITH DISTINCT __child__
  RETURN __child__.id
})
