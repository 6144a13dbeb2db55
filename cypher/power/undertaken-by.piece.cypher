// Power.undertakenBy: the organization of its undertakenById.
COLLECT {
  MATCH (__child__:Organization {id: head([(__self__)-[:UNDERTAKEN_BY]->(__unit__:Organization) | __unit__.id])})
  RETURN __child__ { __projection__ }
}
