// Every version of the powers these organizations exercise, for matching power names written in a list.
UNWIND $keys AS key
MATCH (:Organization {nameKey: key})<-[:EXERCISED_BY]-(p:Power)
RETURN DISTINCT p.id AS id, p.identityKey AS identityKey, p.code AS code, p.name AS name, p.subName AS subName,
       p.category AS category, p.validFrom AS validFrom, p.validTo AS validTo,
       [(p)-[:EXERCISED_BY]->(o:Organization) | o.nameKey] AS orgKeys
