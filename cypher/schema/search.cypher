// One full-text index over every searchable label, so one query ranks all kinds on one scale.
// The cjk analyzer indexes Chinese as overlapping bigrams (违法建设 -> 违法 法建 建设).
// Not eventually consistent: a committed row is searchable at once.
CREATE FULLTEXT INDEX quanze_search IF NOT EXISTS
FOR (n:Organization|Power|WhistleMatter|TownshipDutyItem|LenientItem)
ON EACH [n.name, n.subName, n.townshipDuty, n.violation]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
