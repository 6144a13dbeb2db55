// The floor for "an organization with its first 50 powers and their exercisers" (bench/raw-cypher.ts):
// one round trip, the same rows and order as our API (organization/find-by-ids +
// power/list-pages-of-organizations + power/find-exercisers).
WITH date($asOf) AS asOf
MATCH (o:Organization {id: $id})
RETURN o { .id, .name, .orgType } AS organization,
  COLLECT {
    MATCH (p:Power)-[e:EXERCISED_BY]->(o)
    WHERE (o.validFrom IS NULL OR o.validFrom <= asOf) AND (o.validTo IS NULL OR o.validTo >= asOf)
      AND (e.validFrom IS NULL OR e.validFrom <= asOf) AND (e.validTo IS NULL OR e.validTo >= asOf)
      AND (p.validFrom IS NULL OR p.validFrom <= asOf) AND (p.validTo IS NULL OR p.validTo >= asOf)
    WITH DISTINCT p
    ORDER BY p.name, coalesce(p.subName, ''), p.id
    LIMIT toInteger($first)
    RETURN p { .id, .name, .subName, .category,
      exercisedBy: COLLECT {
        MATCH (p)-[x:EXERCISED_BY]->(q:Organization)
        WHERE (x.validFrom IS NULL OR x.validFrom <= asOf) AND (x.validTo IS NULL OR x.validTo >= asOf)
          AND (q.validFrom IS NULL OR q.validFrom <= asOf) AND (q.validTo IS NULL OR q.validTo >= asOf)
        WITH DISTINCT q
        ORDER BY q.name, q.id
        RETURN q { .id, .name }
      }
    }
  } AS powers
