// WhistleMatter.whistledBy (WHISTLED_BY), .lead (LEAD) and .cooperating (COOPERATES), by name.
COLLECT {
  MATCH (__self__)-[__rel__:WHISTLED_BY|LEAD|COOPERATES]->(__child__:Organization)
  WHERE type(__rel__) = $__role__
  RETURN __child__ { __projection__ }
  ORDER BY __child__.name, __child__.id
}
