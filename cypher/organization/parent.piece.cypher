// Organization.parent: the organization of its parentId (as its loader finds it by id).
COLLECT {
  MATCH (__child__:Organization {id: head([(__self__)-[:PART_OF]->(__up__:Organization) | __up__.id])})
  RETURN __child__ { __projection__ }
}
