// A WhistleMatter as whistle/find-by-ids projects it, read for $asOf.
.id, .name, .kind, .urgency, .responseLimitMinutes, .closeLimitDays, .streetDuty, .remarks,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo),
asOf: $__asOf__,
whistledByIds: COLLECT { MATCH (__self__)-[:WHISTLED_BY]->(__o__:Organization) RETURN __o__.id ORDER BY __o__.name, __o__.id },
leadIds: COLLECT { MATCH (__self__)-[:LEAD]->(__o__:Organization) RETURN __o__.id ORDER BY __o__.name, __o__.id },
cooperatingIds: COLLECT { MATCH (__self__)-[:COOPERATES]->(__o__:Organization) RETURN __o__.id ORDER BY __o__.name, __o__.id },
neededPowerIds: COLLECT {
  MATCH (__self__)-[:NEEDS_POWER]->(__p__:Power)
  WHERE NOT EXISTS {
      MATCH (__self__)-[:NEEDS_POWER]->(__n__:Power)-[:SUPERSEDES*1..]->(__p__)
      WHERE {{startOf __n__}} <= date($__asOf__)
    }
    AND NOT ({{startOf __p__}} > date($__asOf__)
      AND EXISTS { MATCH (__p__)-[:SUPERSEDES*1..]->(:Power)<-[:NEEDS_POWER]-(__self__) })
  RETURN __p__.id ORDER BY __p__.name, __p__.id
}
