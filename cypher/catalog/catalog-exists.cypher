// A catalog by name key, with the number of its current items.
MATCH (c:Catalog {nameKey: $catalogKey})
RETURN c.name AS name, COUNT { (c)<-[:IN_CATALOG]-(i:CatalogItem) WHERE i.validTo IS NULL } AS items
