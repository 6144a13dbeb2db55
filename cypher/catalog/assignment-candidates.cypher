// Organizations a catalog can be assigned to, with the level of their division and any current
// assignment of this catalog: by name key ($organizationKeys), or by type, name and division.
MATCH (o:Organization)
WHERE ($organizationKeys IS NOT NULL AND o.nameKey IN $organizationKeys)
   OR ($organizationKeys IS NULL AND o.orgType = $orgType AND o.validTo IS NULL
       AND ($nameContains IS NULL OR o.name CONTAINS $nameContains))
OPTIONAL MATCH (o)-[:IN_DIVISION]->(d:AdminDivision)
OPTIONAL MATCH (:Catalog {nameKey: $catalogKey})-[g:GOVERNS]->(o)
WHERE g.validTo IS NULL
RETURN o.id AS organizationId, o.nameKey AS nameKey, o.name AS name, d.level AS divisionLevel,
       d.code AS divisionCode, g.level AS currentLevel
ORDER BY o.name
