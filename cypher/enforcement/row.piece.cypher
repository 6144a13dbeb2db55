// An EnforcementItem as enforcement/page-by-organizations projects it, read for $asOf.
.id, .name, .originalCode, .rawMode, .mode, .actsInNameOf, .decisionDocNo, .published,
.status, validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo),
evaluationDue: toString(__self__.evaluationDue),
asOf: $__asOf__,
fromId: head([(__self__)-[:FROM]->(__from__:Organization) | __from__.id]),
toId: head([(__self__)-[:TO]->(__to__:Organization) | __to__.id]),
powerId: head(COLLECT {
  MATCH (__self__)-[:HANDS_OVER]->(__power__:Power)
  RETURN __power__.id
  ORDER BY CASE WHEN {{startOf __power__}} <= date($__asOf__) THEN 0 ELSE 1 END,
    {{startOf __power__}} DESC, __power__.id
})
