// Every version of the powers carrying one of these codes (Power.code is indexed), with who exercises them.
UNWIND $codes AS code
MATCH (p:Power {code: code})
RETURN p.id AS id, p.identityKey AS identityKey, p.code AS code, p.name AS name, p.subName AS subName,
       p.category AS category, p.validFrom AS validFrom, p.validTo AS validTo,
       [(p)-[:EXERCISED_BY]->(o:Organization) | o.nameKey] AS orgKeys
