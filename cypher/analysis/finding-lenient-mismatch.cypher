// LENIENT_MISMATCH: four-lists items (四张清单) valid on $asOf applying to a power (the version valid
// then) that is not a punishment (不予处罚, 首违不罚, 从轻, 减轻) or not a coercive measure (不予强制), or
// that no 实施部门 of the item exercises. One row per item with every mismatching power.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (x:LenientItem)
  RETURN x
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:IMPLEMENTED_BY]-(x:LenientItem)
  WHERE o.id IN ids
  RETURN x
  UNION
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:EXERCISED_BY]-(:Power)<-[:APPLIES_TO]-(x:LenientItem)
  WHERE o.id IN ids
  RETURN x
}
WITH date($asOf) AS d, x
MATCH (x)-[:APPLIES_TO]->(p:Power)
WHERE {{inForce x d}}
  AND {{inForce p d}}
WITH x, p,
  COLLECT { MATCH (x)-[:IMPLEMENTED_BY]->(o:Organization) RETURN o {.id, .name} AS o ORDER BY o.name } AS implementers,
  COLLECT { MATCH (p)-[:EXERCISED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS owners,
  CASE x.kind WHEN 'NO_COERCION' THEN 'COERCION' ELSE 'PUNISHMENT' END AS expected
WITH x, p, implementers, owners, expected,
  p.category <> expected AS wrongCategory,
  size(implementers) > 0 AND none(o IN owners WHERE o.id IN [i IN implementers | i.id]) AS wrongOwner
WHERE wrongCategory OR wrongOwner
WITH x, implementers, collect(p {.id, .name, .category, .rawCategory, expected: expected,
  wrongCategory: wrongCategory, wrongOwner: wrongOwner, owners: owners}) AS problems
WITH x, implementers, problems,
  implementers + reduce(acc = [], q IN problems | acc + [o IN q.owners WHERE NOT o IN acc AND NOT o IN implementers]) AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN x.id AS subjectId, x.violation AS subjectName, organizations,
  [q IN problems | {type: 'Power', id: q.id, name: q.name}] + [o IN organizations | {type: 'Organization', id: o.id, name: o.name}] AS related,
  x {.kind, .sourceFile, .sourceRow, implementers: implementers, problems: problems} AS facts
