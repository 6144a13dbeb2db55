// The floor for "a whistle matter with its leads and their powers" (bench/raw-cypher.ts): the
// matter, each lead with its first powers on $asOf, and the needed powers (one version per list
// row, as whistle/find-by-ids chooses them), one round trip.
WITH date($asOf) AS asOf
MATCH (m:WhistleMatter {id: $id})
RETURN m { .id, .name, .kind, .urgency } AS matter,
  COLLECT {
    MATCH (m)-[:LEAD]->(o:Organization)
    WITH o
    ORDER BY o.name, o.id
    RETURN o { .id, .name,
      powers: COLLECT {
        MATCH (p:Power)-[e:EXERCISED_BY]->(o)
        WHERE {{activeOrganization o asOf}}
          AND {{inForce e asOf}}
          AND {{inForce p asOf}}
        WITH DISTINCT p
        ORDER BY p.name, coalesce(p.subName, ''), p.id
        LIMIT toInteger($leadPowers)
        RETURN p { .id, .name, .subName, .category }
      }
    }
  } AS leads,
  COLLECT {
    MATCH (m)-[:NEEDS_POWER]->(p:Power)
    WHERE NOT EXISTS {
        MATCH (m)-[:NEEDS_POWER]->(n:Power)-[:SUPERSEDES*1..]->(p)
        WHERE {{startOf n}} <= asOf
      }
      AND NOT ({{startOf p}} > asOf
        AND EXISTS { MATCH (p)-[:SUPERSEDES*1..]->(:Power)<-[:NEEDS_POWER]-(m) })
    WITH p
    ORDER BY p.name, p.id
    RETURN p { .id, .name, .code }
  } AS neededPowers
