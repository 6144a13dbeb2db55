// DUTY_WITHOUT_POWER: basic or cooperative duty items (RECALLED ones are not checked) valid on
// $asOf that name needed powers, none of which their township exercises or holds by an active
// hand-over on $asOf.
CALL () {
  WITH $organizationIds AS ids WHERE ids IS NULL
  MATCH (x:TownshipDutyItem)
  USING INDEX x:TownshipDutyItem(listKind)
  WHERE x.listKind IN ['BASIC', 'COOPERATIVE']
  RETURN x
  UNION
  // Scoped to $organizationIds (issue 6's impact): only the candidates that can involve them.
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:OF_TOWNSHIP|COUNTERPART]-(x:TownshipDutyItem)
  WHERE o.id IN ids
  RETURN x
  UNION
  WITH $organizationIds AS ids WHERE ids IS NOT NULL
  MATCH (o:Organization)<-[:EXERCISED_BY]-(:Power)<-[:NEEDS_POWER]-(x:TownshipDutyItem)
  WHERE o.id IN ids
  RETURN x
}
WITH date($asOf) AS d, x
MATCH (x)-[:OF_TOWNSHIP]->(t:Organization)
WHERE x.listKind IN ['BASIC', 'COOPERATIVE']
  AND {{inForce x d}}
  AND EXISTS { (x)-[:NEEDS_POWER]->(:Power) }
  AND NOT ({{activeOrganization t d}}
    AND EXISTS {
      MATCH (x)-[:NEEDS_POWER]->(p:Power)
      WHERE EXISTS {
          MATCH (p)-[e:EXERCISED_BY]->(t)
          WHERE {{inForce e d}}
        } OR EXISTS {
          MATCH (p)<-[:HANDS_OVER]-(h:EnforcementItem)
          WHERE {{inForce h d}}
            AND EXISTS { (h)-[:TO]->(t) }
            AND EXISTS {
              MATCH (h)-[:FROM]->(f:Organization)
              WHERE {{activeOrganization f d}}
            }
        }
    })
WITH d, x, t,
  COLLECT {
    MATCH (x)-[:NEEDS_POWER]->(p:Power)
    WHERE {{inForce p d}}
    RETURN p {.id, .name,
      holders: COLLECT {
        MATCH (p)-[e:EXERCISED_BY]->(o:Organization)
        WHERE {{inForce e d}}
        RETURN o {.id, .name} AS o ORDER BY o.name
      }} AS p ORDER BY p.name
  } AS needed
WITH x, t, needed, [t {.id, .name}] + COLLECT { MATCH (x)-[:COUNTERPART]->(o:Organization) WHERE o <> t RETURN DISTINCT o {.id, .name} AS o ORDER BY o.name } AS own
// Involved: the township, its counterparts and the holders of the needed powers.
WITH x, t, needed, reduce(acc = own, p IN needed | acc + [o IN p.holders WHERE NOT o IN acc]) AS organizations
WHERE $organizationIds IS NULL OR any(o IN organizations WHERE o.id IN $organizationIds)
RETURN x.id AS subjectId, x.name AS subjectName, organizations,
  [{type: 'Organization', id: t.id, name: t.name}] + [p IN needed | {type: 'Power', id: p.id, name: p.name}] AS related,
  x {.listKind, .sourceFile, .sourceRow, township: t.name, needed: needed} AS facts
