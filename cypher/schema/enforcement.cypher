// Township enforcement list rows (综合行政执法事项): pages ordered by (name, id) (identity: list-rows.cypher).
CREATE INDEX enforcement_item_name IF NOT EXISTS FOR (e:EnforcementItem) ON (e.name);
