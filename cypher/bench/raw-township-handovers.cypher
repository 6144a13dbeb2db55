// The floor for "a township's hand-overs" (bench/raw-cypher.ts): the first page of the items it
// receives on $asOf with their power (the version for $asOf) and source department, one round trip.
WITH date($asOf) AS asOf
MATCH (t:Organization {id: $id})
RETURN t { .id, .name } AS organization,
  COLLECT {
    MATCH (e:EnforcementItem)-[:TO]->(t)
    WHERE {{inForce e asOf}}
    WITH e
    ORDER BY e.name, e.id
    LIMIT toInteger($first)
    RETURN e { .id, .name, .mode, .actsInNameOf, .decisionDocNo, .status, .validFrom, .validTo,
      power: head(COLLECT {
        MATCH (e)-[:HANDS_OVER]->(p:Power)
        RETURN p { .id, .name, .code }
        ORDER BY CASE WHEN {{startOf p}} <= asOf THEN 0 ELSE 1 END,
          {{startOf p}} DESC, p.id
      }),
      from: head(COLLECT { MATCH (e)-[:FROM]->(o:Organization) RETURN o { .id, .name } })
    }
  } AS items
