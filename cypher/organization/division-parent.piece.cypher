// AdminDivision.parent: the division of its parentCode.
COLLECT {
  MATCH (__child__:AdminDivision {code: head([(__self__)-[:PART_OF]->(__up__:AdminDivision) | __up__.code])})
  RETURN __child__ { __projection__ }
}
