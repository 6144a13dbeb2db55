// The power list rows an item operation names, as they are: their fields, whether they are in force
// on the effective date and not yet superseded, who exercises them then (with the relationship's
// properties), their internal units, duties, parent row and the lists that hold them.
WITH date($effectiveDate) AS d
UNWIND $ids AS id
OPTIONAL MATCH (p:Power {id: id})
RETURN id, p IS NOT NULL AS found,
  coalesce({{inForce p d}}, false) AND NOT EXISTS { MATCH (:Power)-[:SUPERSEDES]->(p) } AS current,
  p {
    .identityKey, .code, .seqNo, .name, .subName, .category, .rawCategory, .levelLabel, .scope, .remarks,
    .departmentDuty, .basisText, .responsibilityBasisText, .accountability, .sourceFile, .sourceSheet, .sourceRow,
    .raw
  } AS fields,
  CASE WHEN p IS NULL THEN [] ELSE COLLECT {
    MATCH (p)-[e:EXERCISED_BY]->(o:Organization)
    WHERE {{inForce e d}}
    WITH o, e ORDER BY o.id
    RETURN {organizationId: o.id, basis: e.basis, validTo: toString(e.validTo)} AS x
  } END AS exercises,
  CASE WHEN p IS NULL THEN [] ELSE COLLECT { MATCH (p)-[:UNDERTAKEN_BY]->(u:Organization) RETURN u.id ORDER BY u.id } END AS unitIds,
  CASE WHEN p IS NULL THEN [] ELSE COLLECT {
    MATCH (p)-[:HAS_RESPONSIBILITY]->(r:Responsibility)
    WITH r ORDER BY r.order
    RETURN {stage: r.stage, group: r.group, text: r.text} AS duty
  } END AS responsibilities,
  head(COLLECT { MATCH (p)-[:SUB_ITEM_OF]->(q:Power) RETURN q.id }) AS parentId,
  CASE WHEN p IS NULL THEN [] ELSE COLLECT { MATCH (l:ListVersion)-[:CONTAINS]->(p) RETURN l.id ORDER BY l.id } END AS listIds
