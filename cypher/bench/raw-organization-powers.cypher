// The floor for "an organization with its first 50 powers and their exercisers" (bench/raw-cypher.ts):
// one round trip, the same rows and order as our API (organization/find-by-ids +
// power/list-pages-of-organizations + power/find-exercisers).
WITH date($asOf) AS asOf
MATCH (o:Organization {id: $id})
RETURN o { .id, .name, .orgType } AS organization,
  COLLECT {
    MATCH (p:Power)-[e:EXERCISED_BY]->(o)
    WHERE {{activeOrganization o asOf}}
      AND {{inForce e asOf}}
      AND {{inForce p asOf}}
    WITH DISTINCT p
    ORDER BY p.name, coalesce(p.subName, ''), p.id
    LIMIT toInteger($first)
    RETURN p { .id, .name, .subName, .category,
      exercisedBy: COLLECT {
        MATCH (p)-[x:EXERCISED_BY]->(q:Organization)
        WHERE {{inForce x asOf}}
          AND {{activeOrganization q asOf}}
        WITH DISTINCT q
        ORDER BY q.name, q.id
        RETURN q { .id, .name }
      }
    }
  } AS powers
