// The catalog as plain rows (one per version imported from a catalog file), to rebuild the
// in-memory catalog for citation resolution.
MATCH (v:LegalVersion)
WHERE v.catalogName IS NOT NULL AND v.catalogLevel IS NOT NULL
RETURN v.id AS id, v.catalogLevel AS level, v.catalogName AS name, coalesce(v.subtitle, '') AS subtitle,
       toString(v.publishDate) AS publish, toString(v.effectiveDate) AS validFrom, v.expired AS expired,
       coalesce(v.ver, 0) AS ver, coalesce(v.folder, '') AS folder
