// EnforcementItem.power: the version of the handed-over power for the item's $asOf (as the row's
// powerId chooses it).
COLLECT {
  MATCH (__self__)-[:HANDS_OVER]->(__child__:Power)
  WITH __child__
  ORDER BY CASE WHEN {{startOf __child__}} <= date($__asOf__) THEN 0 ELSE 1 END,
    {{startOf __child__}} DESC, __child__.id
  LIMIT 1
  RETURN __child__ { __projection__ }
}
