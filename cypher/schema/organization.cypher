// Organizations: identity by id; names match after whitespace normalisation (nameKey).
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (o:Organization) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT organization_name_key IF NOT EXISTS FOR (o:Organization) REQUIRE o.nameKey IS UNIQUE;
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE CONSTRAINT admin_division_code IF NOT EXISTS FOR (d:AdminDivision) REQUIRE d.code IS UNIQUE;
