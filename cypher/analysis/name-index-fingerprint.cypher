// When the name index must be rebuilt: power items are only ever added (an import) and never
// renamed, so their number (from the count store, no scan) and the head of the change log
// (new after a wiped and reloaded graph) tell whether the cached index still holds.
OPTIONAL MATCH (h:ChangeLog {id: 'main'})
RETURN COUNT { (:PowerItem) } AS items, h.hash AS head
