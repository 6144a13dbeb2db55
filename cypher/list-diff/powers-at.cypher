// The power rows an organization exercised on each of two days (版本比对): the row in force on the
// day and its EXERCISED_BY in force on the day. What the comparison needs of each row: identity,
// name, category, the citations it stores (law, article, version), responsibilities, and when its
// row and its exercise began and ended (to find the change set that made a change).
MATCH (o:Organization {id: $organizationId})
UNWIND [$from, $to] AS day
WITH o, day, date(day) AS d
MATCH (p:Power)-[e:EXERCISED_BY]->(o)
WHERE {{inForce p d}} AND {{inForce e d}}
RETURN day, p.id AS id, p.identityKey AS identityKey, p.name AS name, p.subName AS subName,
       p.category AS category, p.citations AS citations, p.accountability AS accountability,
       [(p)-[:HAS_RESPONSIBILITY]->(r:Responsibility) | r.text] AS responsibilities,
       toString(p.validFrom) AS validFrom, toString(p.validTo) AS validTo,
       toString(e.validFrom) AS exerciseFrom, toString(e.validTo) AS exerciseTo
ORDER BY day, id
