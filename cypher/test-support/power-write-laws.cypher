// Test data: legal documents (ADR 0001 LegalDocument {id, name, level}).
UNWIND $rows AS row
MERGE (l:LegalDocument {id: row.id})
SET l.name = row.name, l.level = row.level
RETURN count(l) AS written
