// An Organization as most selections read it (compiledOrganization.brief): no division, no parent.
.id, .name, .orgType,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo)
