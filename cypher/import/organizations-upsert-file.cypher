// Organizations of an organizations file (createdBy FILE). One created earlier by reference keeps its id
// and gets its properties filled in. Links come after (organization/link-organizations, link-successors).
UNWIND $rows AS row
MERGE (o:Organization {nameKey: row.nameKey})
  ON CREATE SET o.id = row.id
SET o.name = row.name, o.orgType = row.orgType, o.rawOrgType = row.rawOrgType, o.level = row.level,
    o.uscc = row.uscc, o.validFrom = date(row.validFrom), o.validTo = date(row.validTo), o.remarks = row.remarks,
    o.createdBy = 'FILE', o.contentHash = row.contentHash,
    o.sourceFile = row.sourceFile, o.sourceSheet = row.sourceSheet, o.sourceRow = row.sourceRow, o.raw = row.raw
