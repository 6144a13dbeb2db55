// What matching reads for one (catalog, organization): the catalog's current items and the
// organization's current power rows.
MATCH (c:Catalog {nameKey: $catalogKey})
MATCH (o:Organization {id: $organizationId})
CALL (c) {
  OPTIONAL MATCH (c)<-[:IN_CATALOG]-(i:CatalogItem)
  WHERE i.validTo IS NULL
  RETURN collect(i {.id, .code, .name, .subName, .category, .levels}) AS items
}
CALL (o) {
  OPTIONAL MATCH (o)<-[:EXERCISED_BY]-(p:Power)
  WHERE p.validTo IS NULL
  RETURN collect(p {.id, .code, .name, .subName, .category}) AS rows
}
RETURN items, rows
