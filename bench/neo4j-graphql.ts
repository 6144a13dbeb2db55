import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

/**
 * The same graph described for @neo4j/graphql 7 (what a team would pick instead of writing
 * resolvers): the types, properties and relationships the read mix touches, named as in
 * schema/*.graphql where the library allows. Differences it imposes:
 * - ids are the stored ids (our API wraps them in opaque global ids; the comparison unwraps them);
 * - validity "as of" a date is a filter the client writes (validFrom null or ≤ date, validTo null
 *   or ≥ date, on the relationship and on the node), where our API takes `asOf`;
 * - a citation's basis is the BASED_ON relationship with its properties (resolved citations only;
 *   our API also returns the unresolved ones, parsed from the stored citation list);
 * - search is a @cypher field with the same ranking as ours (match tier, then relative full-text
 *   score) over the same full-text index. 与本项目 schema 等价的 @neo4j/graphql 类型定义。
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Organization @node {
    id: ID!
    name: String!
    orgType: String!
    validFrom: Date
    validTo: Date
    powers: [Power!]! @relationship(type: "EXERCISED_BY", direction: IN, properties: "Exercise")
    enforcementItemsReceived: [EnforcementItem!]! @relationship(type: "TO", direction: IN)
  }

  type Exercise @relationshipProperties {
    basis: String
    validFrom: Date
    validTo: Date
  }

  type Power @node {
    id: ID!
    code: String
    name: String!
    subName: String
    category: String!
    validFrom: Date
    validTo: Date
    exercisedBy: [Organization!]! @relationship(type: "EXERCISED_BY", direction: OUT, properties: "Exercise")
    basis: [Provision!]! @relationship(type: "BASED_ON", direction: OUT, properties: "BasedOn")
  }

  type BasedOn @relationshipProperties {
    role: String!
    order: Int!
    citedText: String
  }

  type Provision @node {
    id: ID!
    article: Int
    paragraph: Int
    item: Int
    text: String
    version: [LegalVersion!]! @relationship(type: "OF_VERSION", direction: OUT)
  }

  type LegalVersion @node {
    id: ID!
    publishDate: Date
    effectiveDate: Date
    law: [LegalDocument!]! @relationship(type: "OF", direction: OUT)
  }

  type LegalDocument @node {
    id: ID!
    name: String!
    level: String!
  }

  type EnforcementItem @node {
    id: ID!
    name: String!
    mode: String!
    actsInNameOf: String!
    decisionDocNo: String
    status: String!
    validFrom: Date
    validTo: Date
    power: [Power!]! @relationship(type: "HANDS_OVER", direction: OUT)
    from: [Organization!]! @relationship(type: "FROM", direction: OUT)
  }

  type WhistleMatter @node {
    id: ID!
    name: String!
    kind: String
    urgency: String
    lead: [Organization!]! @relationship(type: "LEAD", direction: OUT)
    neededPowers: [Power!]! @relationship(type: "NEEDS_POWER", direction: OUT)
  }

  type SearchHit {
    type: String!
    id: ID!
    name: String
    subName: String
    score: Float!
  }

  type Query {
    search(text: String!, first: Int!, asOf: Date!): [SearchHit!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('quanze_search', '"' + $text + '"^4 OR (' + $text + ')', {limit: 200})
        YIELD node, score
        WHERE (node.validFrom IS NULL OR node.validFrom <= $asOf) AND (node.validTo IS NULL OR node.validTo >= $asOf)
        WITH collect({node: node, score: score}) AS hits, max(score) AS best, replace(toLower($text), ' ', '') AS q
        UNWIND hits AS hit
        WITH hit.node AS node, hit.score AS score, best, q,
          [t IN [hit.node.name, hit.node.subName, hit.node.townshipDuty, hit.node.violation] WHERE t IS NOT NULL AND t <> '' | replace(toLower(t), ' ', '')] AS texts
        WITH node, best, score,
          reduce(tier = 0, t IN texts | CASE
            WHEN t = q THEN 3
            WHEN tier < 2 AND t STARTS WITH q THEN 2
            WHEN tier < 1 AND t CONTAINS q THEN 1
            ELSE tier END) AS tier
        WITH node, tier + CASE WHEN best > 0 THEN CASE WHEN score / best < 1.0 THEN score / best ELSE 1.0 END ELSE 0.0 END * 0.999 AS rank,
          head([l IN labels(node) WHERE l IN ['Organization', 'Power', 'WhistleMatter', 'TownshipDutyItem', 'LenientItem']]) AS type
        ORDER BY rank DESC, type, node.id
        LIMIT $first
        RETURN {type: type, id: node.id, name: coalesce(node.name, node.violation), subName: node.subName, score: rank} AS hit
        """
        columnName: "hit"
      )
  }
`;

/** The executable schema @neo4j/graphql builds from the type definitions (it also checks them). */
export async function neo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
}
