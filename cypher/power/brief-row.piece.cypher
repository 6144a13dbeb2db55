// A Power as most selections read it (compiledPower.brief): the columns a list shows, no links.
.id, .code, .name, .subName, .category,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo)
