// node(id:) of a Power: the row with $id (as power/find-by-ids).
COLLECT { MATCH (__child__:Power {id: $__id__}) RETURN __child__ { __projection__ } }
