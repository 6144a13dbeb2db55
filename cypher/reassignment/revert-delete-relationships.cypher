// Undo: deletes the relationships a change set created between nodes that existed before it.
UNWIND $ids AS rid
MATCH ()-[r]->()
WHERE elementId(r) = rid
DELETE r
RETURN count(*) AS deleted
