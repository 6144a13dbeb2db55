// Reassignment (issue 6): audit records (ChangeSet, the ChangeLog anchor) and organization change events.
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_set_seq IF NOT EXISTS FOR (c:ChangeSet) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (h:ChangeLog) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT org_change_event_id IF NOT EXISTS FOR (e:OrgChangeEvent) REQUIRE e.id IS UNIQUE;
