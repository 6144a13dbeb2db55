// A WhistleMatter as most selections read it (compiledWhistleMatter.brief): its own columns, no links.
.id, .name, .kind, .urgency, .responseLimitMinutes, .closeLimitDays, .remarks,
validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo)
