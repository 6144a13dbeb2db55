// The rows of every kind of list (src/domain/list-kinds.ts): identity by id, one constraint per
// label (enforcement_item_id, whistle_matter_id, ...); a kind's own indexes are in its file.
CREATE CONSTRAINT {{labelKey}}_id IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.id IS UNIQUE;
