// Whistle matters (吹哨事项): pages ordered by (name, id) (identity: list-rows.cypher).
CREATE INDEX whistle_matter_name IF NOT EXISTS FOR (m:WhistleMatter) ON (m.name);
