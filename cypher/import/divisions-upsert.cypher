// Division nodes from a divisions file, with provenance. PART_OF comes after (organization/link-divisions).
UNWIND $rows AS row
MERGE (d:AdminDivision {code: row.code})
SET d.name = row.name, d.level = row.level, d.contentHash = row.contentHash,
    d.sourceFile = row.sourceFile, d.sourceSheet = row.sourceSheet, d.sourceRow = row.sourceRow, d.raw = row.raw
