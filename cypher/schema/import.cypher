// What the importer MERGEs on beyond the read features' own constraints.
CREATE CONSTRAINT list_version_id IF NOT EXISTS FOR (l:ListVersion) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT responsibility_id IF NOT EXISTS FOR (r:Responsibility) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
CREATE INDEX list_version_content IF NOT EXISTS FOR (l:ListVersion) ON (l.listType, l.contentHash);
// The first day the data knows (reassignment/history-start, read by every plan) comes from this
// index's lowest entry, not from a scan of every published list.
CREATE INDEX list_version_valid_from IF NOT EXISTS FOR (l:ListVersion) ON (l.validFrom);
