// Test support (reassignment): alters a change set's reason behind the API's back (what audit
// verify must detect); returns the previous reason so the test can put it back.
MATCH (c:ChangeSet {id: $id})
WITH c, c.reason AS previous
SET c.reason = $reason
RETURN previous
