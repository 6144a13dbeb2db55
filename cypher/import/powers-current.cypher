// The rows of the issuer's power list that are still open (validTo null): what a newer list replaces.
MATCH (o:Organization {nameKey: $issuerKey})<-[:ISSUED_BY]-(:ListVersion {listType: 'POWERS'})-[:CONTAINS]->(p:Power)
WHERE p.validTo IS NULL
RETURN DISTINCT p.id AS id, p.identityKey AS identityKey, p.contentHash AS contentHash
