// node(id:) of an Organization: the one with $id, whether active or not (as organization/find-by-ids).
COLLECT { MATCH (__child__:Organization {id: $__id__}) RETURN __child__ { __projection__ } }
