// The powers a department exercises (open exercise links), for the impact plans of bench/analysis.ts.
MATCH (o:Organization {nameKey: $name})<-[e:EXERCISED_BY]-(p:Power)
WHERE e.validTo IS NULL AND p.validTo IS NULL
RETURN o.id AS organizationId, collect(DISTINCT p.id) AS powerIds
