// Organization.division: the division of the organization's divisionCode (as its loader finds it by code).
COLLECT {
  MATCH (__child__:AdminDivision {code: head([(__self__)-[:IN_DIVISION]->(__in__:AdminDivision) | __in__.code])})
  RETURN __child__ { __projection__ }
}
