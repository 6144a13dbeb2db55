// Powers each organization exercises on $asOf (as count-of-organization counts them), by category,
// basis level and whether the row is a sub-item. The basis level is the highest level any citation
// of the row names (p.citations is the parsed citations as JSON, with "level" the normalised level;
// read once per row, as the tests below read the same, often long, text). A sub-item is a row with a
// SUB_ITEM_OF relationship (only ever from a power to a power): counted by its degree, which does not
// walk the row's other relationships.
WITH date($asOf) AS asOf
UNWIND $organizationIds AS id
MATCH (o:Organization {id: id})
MATCH (p:Power)-[e:EXERCISED_BY]->(o)
WHERE {{inForce e asOf}}
  AND {{inForce p asOf}}
WITH DISTINCT id, p
WITH id, p, p.citations AS citations
WITH id, p.category AS category,
  CASE
    WHEN citations IS NULL THEN 'NONE'
    WHEN citations CONTAINS '"level":"LAW"' THEN 'LAW'
    WHEN citations CONTAINS '"level":"ADMIN_REGULATION"' OR citations CONTAINS '"level":"SC_DECISION"' THEN 'ADMIN_REGULATION'
    WHEN citations CONTAINS '"level":"LOCAL_REGULATION"' THEN 'LOCAL_REGULATION'
    WHEN citations CONTAINS '"level":"DEPT_RULE"' OR citations CONTAINS '"level":"GOV_RULE"' THEN 'RULE'
    WHEN citations CONTAINS '"level":"NORMATIVE_DOC"' OR citations CONTAINS '"level":"PARTY_REG"'
      OR citations CONTAINS '"level":"STANDARD"' THEN 'NORMATIVE_DOC'
    ELSE 'NONE'
  END AS basisLevel,
  COUNT { (p)-[:SUB_ITEM_OF]->() } > 0 AS subItem
RETURN id AS organizationId, category, basisLevel,
  count(*) AS powers, sum(CASE WHEN subItem THEN 1 ELSE 0 END) AS subItems
