// Test support (reassignment): the change set written with this reason, if any.
MATCH (c:ChangeSet {reason: $reason})
RETURN c.id AS id
