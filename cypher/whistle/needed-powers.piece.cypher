// WhistleMatter.neededPowers: the versions the row's neededPowerIds name for $asOf, by name.
COLLECT {
  MATCH (__self__)-[:NEEDS_POWER]->(__child__:Power)
  WHERE NOT EXISTS {
      MATCH (__self__)-[:NEEDS_POWER]->(__n__:Power)-[:SUPERSEDES*1..]->(__child__)
      WHERE {{startOf __n__}} <= date($__asOf__)
    }
    AND NOT ({{startOf __child__}} > date($__asOf__)
      AND EXISTS { MATCH (__child__)-[:SUPERSEDES*1..]->(:Power)<-[:NEEDS_POWER]-(__self__) })
  RETURN __child__ { __projection__ }
  ORDER BY __child__.name, __child__.id
}
