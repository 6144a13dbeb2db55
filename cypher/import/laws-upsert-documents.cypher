UNWIND $rows AS row
MERGE (d:LegalDocument {id: row.id})
SET d.name = row.name, d.level = row.level, d.normalizedName = row.normalizedName
