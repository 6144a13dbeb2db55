// node(id:) of a WhistleMatter: the one with $id (as whistle/find-by-ids).
COLLECT { MATCH (__child__:WhistleMatter {id: $__id__}) RETURN __child__ { __projection__ } }
