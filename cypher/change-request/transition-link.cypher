// (request)-[:RECORDED_IN]->(change set): the audit record of one transition.
MATCH (r:ChangeRequest {id: $id}), (c:ChangeSet {id: $changeSetId})
CREATE (r)-[:RECORDED_IN]->(c)
RETURN c.id AS id
