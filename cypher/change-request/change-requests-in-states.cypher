// Change requests in any of $states (every state when null), newest first, at most $limit.
MATCH (r:ChangeRequest)
WHERE $states IS NULL OR r.state IN $states
RETURN r {.*} AS request
ORDER BY r.createdAt DESC, r.id
LIMIT $limit
