// The audit records of a request's transitions, oldest first.
MATCH (:ChangeRequest {id: $id})-[:RECORDED_IN]->(c:ChangeSet)
RETURN c.id AS changeSetId, c.seq AS seq, c.at AS at, c.actor AS actor, c.summary AS summary
ORDER BY c.seq
