// The powers a plan names, as of its effective date: found, name, category and who exercises them then.
WITH date($effectiveDate) AS d
UNWIND $ids AS id
OPTIONAL MATCH (p:Power {id: id})
RETURN id, p IS NOT NULL AS found, p.name AS name, p.category AS category, p.rawCategory AS rawCategory,
  CASE WHEN p IS NULL THEN [] ELSE COLLECT {
    MATCH (p)-[e:EXERCISED_BY]->(o:Organization)
    WHERE {{inForce e d}}
    RETURN o.id ORDER BY o.id
  } END AS exerciserIds
