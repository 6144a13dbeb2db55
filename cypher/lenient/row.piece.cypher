// A LenientItem as lenient/find-by-ids projects it, read for $asOf.
.id, .kind, .violation, .conditions, .violationBasis, .penaltyBasis, .lenientBasis,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo),
asOf: $__asOf__,
appliesToIds: COLLECT {
  MATCH (__self__)-[:APPLIES_TO]->(__p__:Power)
  WHERE NOT EXISTS {
      MATCH (__self__)-[:APPLIES_TO]->(__n__:Power)-[:SUPERSEDES*1..]->(__p__)
      WHERE {{startOf __n__}} <= date($__asOf__)
    }
    AND NOT ({{startOf __p__}} > date($__asOf__)
      AND EXISTS { MATCH (__p__)-[:SUPERSEDES*1..]->(:Power)<-[:APPLIES_TO]-(__self__) })
  RETURN __p__.id ORDER BY __p__.name, __p__.id
},
implementedByIds: COLLECT { MATCH (__self__)-[:IMPLEMENTED_BY]->(__o__:Organization) RETURN __o__.id ORDER BY __o__.name, __o__.id }
