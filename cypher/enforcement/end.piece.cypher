// EnforcementItem.from (side FROM) and .to (side TO).
COLLECT {
  MATCH (__self__)-[__rel__:FROM|TO]->(__child__:Organization)
  WHERE type(__rel__) = $__side__
  WITH __child__
  LIMIT 1
  RETURN __child__ { __projection__ }
}
