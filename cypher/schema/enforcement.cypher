// Township enforcement list rows (综合行政执法事项): identity by id; pages ordered by (name, id).
CREATE CONSTRAINT enforcement_item_id IF NOT EXISTS FOR (e:EnforcementItem) REQUIRE e.id IS UNIQUE;
CREATE INDEX enforcement_item_name IF NOT EXISTS FOR (e:EnforcementItem) ON (e.name);
