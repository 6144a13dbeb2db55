// An AdminDivision as organization/find-divisions-by-codes projects it.
.code, .name, .level, parentCode: head([(__self__)-[:PART_OF]->(__up__:AdminDivision) | __up__.code])
