// The power list rows an organization exercises on a date, with what the standard columns of a
// list need, in the order of the file they came from (sheet, row). An item whose sub-items it also
// exercises then is left out: its sub-items' lines carry it, as a list writes it.
WITH date($asOf) AS asOf
MATCH (o:Organization {id: $organizationId})<-[e:EXERCISED_BY]-(p:Power)
WHERE {{inForce e asOf}} AND {{inForce p asOf}}
  AND NOT EXISTS {
    MATCH (c:Power)-[:SUB_ITEM_OF]->(p)
    WHERE {{inForce c asOf}} AND EXISTS { MATCH (c)-[x:EXERCISED_BY]->(o) WHERE {{inForce x asOf}} }
  }
RETURN p.id AS id, p.seqNo AS seqNo, p.name AS name, p.subName AS subName, p.category AS category,
  p.rawCategory AS rawCategory, p.code AS code, p.basisText AS basisText,
  p.responsibilityBasisText AS responsibilityBasisText, p.levelLabel AS levelLabel, p.scope AS scope,
  p.departmentDuty AS departmentDuty, p.remarks AS remarks, coalesce(p.accountability, []) AS accountability,
  p.sourceSheet AS sourceSheet, o.name AS exercisedBy,
  head(COLLECT { MATCH (p)-[:SUB_ITEM_OF]->(q:Power) RETURN q.id }) AS parentId,
  COLLECT { MATCH (p)-[:UNDERTAKEN_BY]->(u:Organization) RETURN u.name ORDER BY u.name } AS units,
  COLLECT {
    MATCH (p)-[:HAS_RESPONSIBILITY]->(r:Responsibility)
    WITH r ORDER BY r.order
    RETURN {stage: r.stage, text: r.text} AS duty
  } AS responsibilities
ORDER BY coalesce(p.sourceSheet, ''), coalesce(p.sourceRow, 2147483647), p.id
