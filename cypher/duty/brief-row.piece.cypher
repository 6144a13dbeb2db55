// A TownshipDutyItem as most selections read it (compiledDutyItem.brief): its name, no texts, no links.
.id, .listKind, .name,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo)
