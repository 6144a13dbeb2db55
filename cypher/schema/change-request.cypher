// Change requests (issue 19): one node per request; its transitions are ChangeSets it links to.
CREATE CONSTRAINT change_request_id IF NOT EXISTS FOR (r:ChangeRequest) REQUIRE r.id IS UNIQUE;
CREATE INDEX change_request_state IF NOT EXISTS FOR (r:ChangeRequest) ON (r.state);
