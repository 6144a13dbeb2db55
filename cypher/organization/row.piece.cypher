// An Organization as organization/find-by-ids projects it (ORGANIZATION in organization.rows.ts).
.id, .name, .orgType, validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo),
divisionCode: head([(__self__)-[:IN_DIVISION]->(__division__:AdminDivision) | __division__.code]),
parentId: head([(__self__)-[:PART_OF]->(__up__:Organization) | __up__.id])
