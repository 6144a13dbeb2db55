// The first day the data knows: the earliest published list, or the earliest exercise by one of
// the plan's organizations. A plan may not take effect before it. The lists' earliest date is the
// lowest entry of the index list_version_valid_from (cypher/schema/import.cypher), not a scan of
// every list: every impact reads this statement.
CALL () {
  MATCH (l:ListVersion)
  RETURN min(l.validFrom) AS d
  UNION ALL
  UNWIND $organizationIds AS id
  MATCH (:Organization {id: id})<-[e:EXERCISED_BY]-(:Power)
  RETURN min(e.validFrom) AS d
}
RETURN min(d) AS start
