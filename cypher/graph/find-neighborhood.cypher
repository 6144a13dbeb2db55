// The neighbourhood of the seed nodes ($seeds: local ids per node type), breadth first over the
// domain relationships, up to $depth (≤ 3) hops, only nodes and relationships valid on $asOf.
// Bounded: a level is expanded only while the nodes found so far do not exceed $limit, a level
// takes at most $candidates nodes (when one level alone overflows, which of its nodes are kept is
// decided among those), and at most $limit + 1 nodes are returned (nearest first, then by degree)
// so the caller can tell that the slice was truncated. Provision -> LegalVersion -> LegalDocument
// counts as one hop (the version is not a Node). Returns one row: the nodes and the outgoing edges
// of the kept nodes.
WITH date($asOf) AS asOf
CALL (asOf) {
  UNWIND $seeds.Organization AS id MATCH (n:Organization {id: id}) RETURN n
  UNION UNWIND $seeds.AdminDivision AS code MATCH (n:AdminDivision {code: code}) RETURN n
  UNION UNWIND $seeds.Power AS id MATCH (n:Power {id: id}) RETURN n
  UNION UNWIND $seeds.LegalDocument AS id MATCH (n:LegalDocument {id: id}) RETURN n
  UNION UNWIND $seeds.Provision AS id MATCH (n:Provision {id: id}) RETURN n
  UNION UNWIND $seeds.{{label}} AS id MATCH (n:{{label}} {id: id}) RETURN n
}
WITH asOf, n
WHERE {{inForce n asOf}}
WITH asOf, collect(DISTINCT n) AS level0

// Level 1: the valid neighbours of level 0 not seen before (expanded only while within $limit).
CALL (asOf, level0) {
  WITH asOf, level0, CASE WHEN $depth >= 1 AND size(level0) <= $limit THEN level0 ELSE [] END AS frontier
  CALL (asOf, frontier) {
    UNWIND frontier AS a
    WITH a, asOf
    CALL (a, asOf) {
      MATCH (a)-[r:EXERCISED_BY|{{powerLinks}}|{{organizationLinks}}|BASED_ON|IN_DIVISION|PART_OF|SUB_ITEM_OF]-(m)
      WHERE {{inForce r asOf}}
      RETURN m
      UNION
      MATCH (a:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(m:LegalDocument) RETURN m
      UNION
      MATCH (a:LegalDocument)<-[:OF]-(:LegalVersion)<-[:OF_VERSION]-(m:Provision) WHERE EXISTS { (m)<-[:BASED_ON]-(:Power) } RETURN m
    }
    WITH DISTINCT m, asOf
    WHERE {{inForce m asOf}}
    // At most $candidates (2 × the largest limit + 2) per level: enough to fill any slice and tell that
    // it was cut (nodes seen before are at most limit + 1); a hub (a provision every punishment cites) stops here.
    WITH m LIMIT toInteger($candidates)
    RETURN collect(m) AS found
  }
  RETURN [m IN found WHERE NOT m IN level0] AS level1
}

// Level 2: the valid neighbours of level 1 not seen before (expanded only while within $limit).
CALL (asOf, level0, level1) {
  WITH asOf, level0, level1, CASE WHEN $depth >= 2 AND size(level0) + size(level1) <= $limit THEN level1 ELSE [] END AS frontier
  CALL (asOf, frontier) {
    UNWIND frontier AS a
    WITH a, asOf
    CALL (a, asOf) {
      MATCH (a)-[r:EXERCISED_BY|{{powerLinks}}|{{organizationLinks}}|BASED_ON|IN_DIVISION|PART_OF|SUB_ITEM_OF]-(m)
      WHERE {{inForce r asOf}}
      RETURN m
      UNION
      MATCH (a:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(m:LegalDocument) RETURN m
      UNION
      MATCH (a:LegalDocument)<-[:OF]-(:LegalVersion)<-[:OF_VERSION]-(m:Provision) WHERE EXISTS { (m)<-[:BASED_ON]-(:Power) } RETURN m
    }
    WITH DISTINCT m, asOf
    WHERE {{inForce m asOf}}
    // At most $candidates (2 × the largest limit + 2) per level: enough to fill any slice and tell that
    // it was cut (nodes seen before are at most limit + 1); a hub (a provision every punishment cites) stops here.
    WITH m LIMIT toInteger($candidates)
    RETURN collect(m) AS found
  }
  RETURN [m IN found WHERE NOT m IN level0 AND NOT m IN level1] AS level2
}

// Level 3: the valid neighbours of level 2 not seen before (expanded only while within $limit).
CALL (asOf, level0, level1, level2) {
  WITH asOf, level0, level1, level2, CASE WHEN $depth >= 3 AND size(level0) + size(level1) + size(level2) <= $limit THEN level2 ELSE [] END AS frontier
  CALL (asOf, frontier) {
    UNWIND frontier AS a
    WITH a, asOf
    CALL (a, asOf) {
      MATCH (a)-[r:EXERCISED_BY|{{powerLinks}}|{{organizationLinks}}|BASED_ON|IN_DIVISION|PART_OF|SUB_ITEM_OF]-(m)
      WHERE {{inForce r asOf}}
      RETURN m
      UNION
      MATCH (a:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(m:LegalDocument) RETURN m
      UNION
      MATCH (a:LegalDocument)<-[:OF]-(:LegalVersion)<-[:OF_VERSION]-(m:Provision) WHERE EXISTS { (m)<-[:BASED_ON]-(:Power) } RETURN m
    }
    WITH DISTINCT m, asOf
    WHERE {{inForce m asOf}}
    // At most $candidates (2 × the largest limit + 2) per level: enough to fill any slice and tell that
    // it was cut (nodes seen before are at most limit + 1); a hub (a provision every punishment cites) stops here.
    WITH m LIMIT toInteger($candidates)
    RETURN collect(m) AS found
  }
  RETURN [m IN found WHERE NOT m IN level0 AND NOT m IN level1 AND NOT m IN level2] AS level3
}

UNWIND [[0, level0], [1, level1], [2, level2], [3, level3]] AS level
UNWIND level[1] AS n
WITH asOf, toInteger(level[0]) AS distance, n,
  COUNT { (n)-[:EXERCISED_BY|{{powerLinks}}|{{organizationLinks}}|BASED_ON|IN_DIVISION|PART_OF|SUB_ITEM_OF]-() } AS degree
ORDER BY distance, degree DESC, coalesce(n.id, n.code)
LIMIT toInteger($limit) + 1
WITH asOf, collect(n) AS kept, collect({
  type: head([l IN labels(n) WHERE l IN ['Organization', 'AdminDivision', 'Power', 'LegalDocument', 'Provision'] + {{labels}}]),
  localId: CASE WHEN n:AdminDivision THEN n.code ELSE n.id END,
  key: elementId(n),
  distance: distance,
  degree: degree,
  label: CASE
    WHEN n:Power THEN n.name + CASE WHEN n.subName IS NULL THEN '' ELSE '（' + n.subName + '）' END
    WHEN n:LenientItem THEN n.violation
    WHEN n:Provision THEN coalesce(head([(n)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(d:LegalDocument) | d.name]), '') + ' 第' + toString(n.article) + '条'
      + CASE WHEN n.paragraph IS NULL THEN '' ELSE '第' + toString(n.paragraph) + '款' END
      + CASE WHEN n.item IS NULL THEN '' ELSE '第' + toString(n.item) + '项' END
    ELSE coalesce(n.name, n.code, n.id)
  END,
  properties: properties(n)
}) AS nodes
// Outgoing edges of the kept nodes; the caller keeps those whose target is kept too.
CALL (asOf, kept) {
  UNWIND kept AS a
  CALL (a, asOf) {
    MATCH (a)-[r:EXERCISED_BY|{{powerLinks}}|{{organizationLinks}}|BASED_ON|IN_DIVISION|PART_OF|SUB_ITEM_OF]->(b)
    WHERE {{inForce r asOf}}
    RETURN type(r) AS type, b, properties(r) AS properties
    UNION ALL
    MATCH (a:Provision)-[:OF_VERSION]->(v:LegalVersion)-[:OF]->(b:LegalDocument)
    RETURN 'OF_LAW' AS type, b, v {.id, .ver, .publishDate, .effectiveDate, .expired} AS properties
  }
  RETURN collect({source: elementId(a), target: elementId(b), type: type, properties: properties}) AS edges
}
RETURN nodes, edges
