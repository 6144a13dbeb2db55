// Sets some properties of a change request (state, stage start, checks...); null removes one.
MATCH (r:ChangeRequest {id: $id})
SET r += $props
RETURN r {.*} AS request
