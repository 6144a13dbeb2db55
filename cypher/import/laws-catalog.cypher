// The catalog as plain rows (one per version), to rebuild the in-memory catalog for citation resolution.
MATCH (v:LegalVersion)
RETURN v.id AS id, coalesce(v.catalogLevel, '') AS level, coalesce(v.catalogName, '') AS name, coalesce(v.subtitle, '') AS subtitle,
       toString(v.publishDate) AS publish, toString(v.effectiveDate) AS validFrom, v.expired AS expired,
       coalesce(v.ver, 0) AS ver, coalesce(v.folder, '') AS folder
