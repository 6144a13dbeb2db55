// checkAuthority (issue 5): everything the decision needs, in one statement. The organization
// and the power by their id constraints; its list rows and the hand-overs to the organization
// across every version of the row (Power.identityKey index), the division asked about, and
// whether it lies in the organization's division or below. Null when no such organization.
WITH date($on) AS on
MATCH (o:Organization {id: $organizationId})
RETURN o {
  .id, .name, .orgType, .validFrom, .validTo,
  divisionCode: head([(o)-[:IN_DIVISION]->(d:AdminDivision) | d.code]),
  divisionName: head([(o)-[:IN_DIVISION]->(d:AdminDivision) | d.name])
} AS organization,
head(COLLECT { MATCH (x:AdminDivision {code: $divisionCode}) RETURN x {.code, .name} }) AS division,
EXISTS {
  MATCH (:AdminDivision {code: $divisionCode})-[:PART_OF*0..10]->(:AdminDivision)<-[:IN_DIVISION]-(o)
} AS withinJurisdiction,
head(COLLECT {
  MATCH (p:Power {id: $powerId})
  RETURN p {.id, .name, .subName, .category, .rawCategory, .identityKey}
}) AS power,
COLLECT {
  MATCH (p:Power {id: $powerId})
  MATCH (v:Power {identityKey: p.identityKey})-[e:EXERCISED_BY]->(o)
  RETURN v {
    .id, .name, .validFrom, .validTo, .sourceFile, .sourceSheet, .sourceRow,
    linkFrom: e.validFrom, linkTo: e.validTo,
    basis: COLLECT {
      MATCH (v)-[b:BASED_ON]->(pr:Provision)-[:OF_VERSION]->(:LegalVersion)-[:OF]->(l:LegalDocument)
      WHERE b.role = 'IMPLEMENTING'
      RETURN {provisionId: pr.id, lawName: l.name, article: pr.article, suffix: pr.articleSuffix,
              chapter: CASE WHEN pr.articleTo IS NULL THEN null ELSE pr.chapter END, citedText: b.citedText}
      ORDER BY b.order
    }
  } AS row
  ORDER BY row.validFrom DESC, row.id
} AS ownRows,
COLLECT {
  MATCH (p:Power {id: $powerId})
  MATCH (v:Power {identityKey: p.identityKey})<-[:HANDS_OVER]-(h:EnforcementItem)-[:TO]->(o)
  WITH DISTINCT h
  MATCH (h)-[:FROM]->(f:Organization)
  RETURN h {
    .id, .name, .mode, .rawMode, .actsInNameOf, .decisionDocNo, .validFrom, .validTo, .status,
    from: f {.id, .name, .orgType, .validFrom, .validTo}
  } AS handOver
  ORDER BY handOver.validFrom DESC, handOver.id
} AS handOvers
