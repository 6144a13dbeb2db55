// The organizations a catalog governs now (GOVERNS without an end), with the level the catalog
// applies to them: of one catalog ($catalogKey), or among organizations ($organizationKeys).
MATCH (c:Catalog)-[g:GOVERNS]->(o:Organization)
WHERE g.validTo IS NULL
  AND ($catalogKey IS NULL OR c.nameKey = $catalogKey)
  AND ($organizationKeys IS NULL OR o.nameKey IN $organizationKeys)
RETURN c.nameKey AS catalogKey, o.id AS organizationId, g.level AS level
ORDER BY catalogKey, organizationId
