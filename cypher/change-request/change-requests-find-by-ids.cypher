// Change requests by id, in no particular order (the caller orders them by its keys).
MATCH (r:ChangeRequest)
WHERE r.id IN $ids
RETURN r {.*} AS request
