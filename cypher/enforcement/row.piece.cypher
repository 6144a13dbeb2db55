// An EnforcementItem as enforcement/page-by-organizations projects it, read for $asOf, without the
// ids of its power and organizations: its power, from and to are read by the statement itself
// (enforcement/power, enforcement/end), and are left to their resolvers only when the statement
// finds none, when the ids would be null as well (the same patterns), so the resolvers report the
// missing relation either way (compiledEnforcementItem).
.id, .name, .originalCode, .rawMode, .mode, .actsInNameOf, .decisionDocNo, .published,
.status, validFrom: toString(__self__.validFrom), validTo: toString(__self__.validTo),
evaluationDue: toString(__self__.evaluationDue),
asOf: $__asOf__
