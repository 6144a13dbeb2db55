// A new change request (in DRAFT); $props holds scalar and list properties only (JSON as text).
CREATE (r:ChangeRequest)
SET r = $props
RETURN r {.*} AS request
