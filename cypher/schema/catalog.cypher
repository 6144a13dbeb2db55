// Guiding catalogs (指导目录) and their item versions: identity by name key and by id.
CREATE CONSTRAINT catalog_name_key IF NOT EXISTS FOR (c:Catalog) REQUIRE c.nameKey IS UNIQUE;
CREATE CONSTRAINT catalog_item_id IF NOT EXISTS FOR (i:CatalogItem) REQUIRE i.id IS UNIQUE;
