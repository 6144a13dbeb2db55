// The totalCount of of-organization: as enforcement/count-by-organizations counts.
COUNT {
  MATCH (__child__:EnforcementItem)-[__rel__:FROM|TO]->(__self__)
  WHERE type(__rel__) = $__side__
    AND {{inForce __child__ date($__asOf__)}}
}
