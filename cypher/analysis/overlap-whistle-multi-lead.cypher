// WHISTLE_MULTI_LEAD (issue 13): whistle matters in force on $asOf, led by one of $organizationIds,
// with two or more distinct lead organizations (主责部门). A lead that is no longer active on $asOf
// counts as the organization that succeeded it then (SUCCEEDED_BY, e.g. a merger), so a merged
// lead and its successor that were both leads are one lead. Each row carries its leads, their
// divisions, and the needed powers whose rows cover $asOf.
UNWIND $organizationIds AS organizationId
MATCH (:Organization {id: organizationId})<-[:LEAD]-(m:WhistleMatter)
WITH DISTINCT m, date($asOf) AS asOf
WHERE {{inForce m asOf}}
MATCH (m)-[:LEAD]->(o:Organization)
WITH m, asOf, o, CASE
    WHEN {{activeOrganization o asOf}} THEN null
    ELSE head(COLLECT {
      MATCH (o)-[:SUCCEEDED_BY*1..8]->(s:Organization)
      WHERE {{activeOrganization s asOf}}
      RETURN s ORDER BY s.id LIMIT 1
    })
  END AS successor
WITH m, asOf, coalesce(successor, o) AS lead
OPTIONAL MATCH (lead)-[:IN_DIVISION]->(d:AdminDivision)
WITH m, asOf, collect(DISTINCT {id: lead.id, name: lead.name, divisionCode: d.code, divisionName: d.name}) AS leads
WHERE size(leads) >= 2
RETURN m.id AS matterId, m.name AS matterName, leads,
  COLLECT {
    MATCH (m)-[:NEEDS_POWER]->(p:Power)
    WHERE {{inForce p asOf}}
    RETURN DISTINCT p.id
  } AS powerIds
