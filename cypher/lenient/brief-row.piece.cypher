// A LenientItem as most selections read it (compiledLenientItem.brief): no bases, no links.
.id, .kind, .violation, .conditions,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo)
