// Where a new power list row of an organization goes (addPower): its latest power list, and a row
// of the same power item (category, name, sub-item) it already exercises on the effective date, if any.
WITH date($effectiveDate) AS d
MATCH (o:Organization {id: $organizationId})
RETURN
  COLLECT {
    MATCH (o)<-[:ISSUED_BY]-(l:ListVersion {listType: 'POWERS'})
    RETURN l.id ORDER BY l.validFrom DESC, l.id LIMIT 1
  } AS listIds,
  head(COLLECT {
    MATCH (:PowerItem {key: $itemKey})<-[:INSTANCE_OF]-(p:Power)-[e:EXERCISED_BY]->(o)
    WHERE {{inForce p d}} AND {{inForce e d}}
    RETURN p.id
  }) AS duplicateId
