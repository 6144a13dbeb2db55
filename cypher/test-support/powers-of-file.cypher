// Powers imported from one source file, with what the import tests check about them.
MATCH (p:Power {sourceFile: $sourceFile})
RETURN p.id AS id, p.name AS name, p.subName AS subName, p.category AS category, p.citations AS citations,
       p.validTo AS validTo, toString(p.validFrom) AS validFrom,
       EXISTS { (p)-[:SUB_ITEM_OF]->(:Power) } AS isSubItem,
       COUNT { (p)-[:EXERCISED_BY]->(:Organization) } AS exercisers,
       head([(p)-[:EXERCISED_BY]->(o:Organization) | o.name]) AS exercisedBy,
       [(p)-[:UNDERTAKEN_BY]->(u:Organization) | u.name] AS undertakenBy,
       COUNT { (p)-[:BASED_ON]->(:Provision) } AS basedOn, p.basisLevel AS basisLevel
