// Whistle matters (吹哨事项): identity by id; pages ordered by (name, id).
CREATE CONSTRAINT whistle_matter_id IF NOT EXISTS FOR (m:WhistleMatter) REQUIRE m.id IS UNIQUE;
CREATE INDEX whistle_matter_name IF NOT EXISTS FOR (m:WhistleMatter) ON (m.name);
