// A WhistleMatter as most selections read it (compiledWhistleMatter.brief): its own columns and the
// date it is read for, not the ids of its organizations and needed powers: the statement reads
// those itself when they are selected (whistle/organizations, whistle/needed-powers).
.id, .name, .kind, .urgency, .responseLimitMinutes, .closeLimitDays, .remarks,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo),
asOf: $__asOf__
