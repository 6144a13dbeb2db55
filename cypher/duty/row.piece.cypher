// A TownshipDutyItem as duty/find-by-ids projects it, read for $asOf.
.id, .listKind, .name, .townshipDuty, .departmentDuty, .basis,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo),
asOf: $__asOf__,
townshipId: head([(__self__)-[:OF_TOWNSHIP]->(__o__:Organization) | __o__.id]),
counterpartIds: COLLECT {
  MATCH (__self__)-[__c__:COUNTERPART]->(__o__:Organization)
  RETURN __o__.id ORDER BY CASE __c__.role WHEN 'PRIMARY' THEN 0 ELSE 1 END, __o__.name, __o__.id
},
primaryCounterpartId: head([(__self__)-[__c__:COUNTERPART {role: 'PRIMARY'}]->(__o__:Organization) | __o__.id]),
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
