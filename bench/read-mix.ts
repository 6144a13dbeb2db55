import { cypher } from '../src/db/cypher-registry';
import type { Database } from '../src/db/database';
import { toGlobalId } from '../src/shared/global-id';

const FIXTURES = cypher('bench/read-mix-fixtures');

/** The date every read of the mix is asked for (the demo lists start on 2024-01-01). */
export const AS_OF = '2026-06-01';
/** The department whose first 50 powers the mix reads: the demo county's largest. */
export const MIX_ORGANIZATION = '青石市市场监督管理局';
export const SEARCH_TEXT = '食品经营';
export const PAGE = 50;
export const LEAD_POWERS = 20;
export const SEARCH_FIRST = 20;

export const READ_NAMES = ['organizationPowers', 'powerBasis', 'townshipHandovers', 'whistleLeads', 'search'] as const;
export type ReadName = (typeof READ_NAMES)[number];

/** The stored ids the mix reads, chosen deterministically from the data. */
export interface MixFixtures {
  organizationId: string;
  /** The power with the most resolved citations. */
  powerId: string;
  /** The township or street receiving the most hand-overs. */
  townshipId: string;
  /** The whistle matter with the most leads, then the most needed powers. */
  whistleMatterId: string;
}

export async function loadFixtures(db: Database): Promise<MixFixtures> {
  const [row] = await db.read('bench.readMixFixtures', FIXTURES, { organizationName: MIX_ORGANIZATION });
  if (!row) throw new Error('no data for the read mix: is the dataset loaded?');
  return {
    organizationId: String(row['organizationId']),
    powerId: String(row['powerId']),
    townshipId: String(row['townshipId']),
    whistleMatterId: String(row['whistleMatterId']),
  };
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** Our API: each read as a client writes it against schema/*.graphql. 本项目 API 的读取组合。 */
export function ourRequests(f: MixFixtures): Record<ReadName, GraphqlRequest> {
  return {
    organizationPowers: {
      query: `query OrganizationPowers($id: ID!, $asOf: Date!) {
        node(id: $id) { ... on Organization { id name orgType
          powers(asOf: $asOf, first: ${PAGE}) { edges { node { id name subName category exercisedBy { id name } } } } } }
      }`,
      variables: { id: toGlobalId('Organization', f.organizationId), asOf: AS_OF },
    },
    powerBasis: {
      query: `query PowerBasis($id: ID!) {
        node(id: $id) { ... on Power { id name code category
          basis { text role provision { id article paragraph item text
            version { catalogId publishDate effectiveDate } law { name level } } } } }
      }`,
      variables: { id: toGlobalId('Power', f.powerId) },
    },
    townshipHandovers: {
      query: `query TownshipHandovers($id: ID!, $asOf: Date!) {
        node(id: $id) { ... on Organization { id name
          enforcementItemsReceived(asOf: $asOf, first: ${PAGE}) { edges { node {
            id name mode actsInNameOf decisionDocNo status validFrom validTo
            power { id name code } from { id name } } } } } }
      }`,
      variables: { id: toGlobalId('Organization', f.townshipId), asOf: AS_OF },
    },
    whistleLeads: {
      query: `query WhistleLeads($id: ID!, $asOf: Date!) {
        node(id: $id) { ... on WhistleMatter { id name kind urgency
          lead { id name powers(asOf: $asOf, first: ${LEAD_POWERS}) { edges { node { id name subName category } } } }
          neededPowers { id name code } } }
      }`,
      variables: { id: toGlobalId('WhistleMatter', f.whistleMatterId), asOf: AS_OF },
    },
    search: {
      query: `query Search($text: String!, $asOf: Date!) {
        search(text: $text, first: ${SEARCH_FIRST}, asOf: $asOf) { score node {
          __typename id
          ... on Organization { name } ... on Power { name subName } ... on WhistleMatter { name }
          ... on TownshipDutyItem { name } ... on LenientItem { violation } } }
      }`,
      variables: { text: SEARCH_TEXT, asOf: AS_OF },
    },
  };
}

/** Valid on $asOf: validFrom null or on/before it, validTo null or on/after it (our API's asOf rule). */
const validOn = (asOf: string): Record<string, unknown> => ({
  AND: [
    { OR: [{ validFrom: { eq: null } }, { validFrom: { lte: asOf } }] },
    { OR: [{ validTo: { eq: null } }, { validTo: { gte: asOf } }] },
  ],
});

/** Relationship and node both valid on asOf, as a connection filter. */
const exerciseOn = (asOf: string): Record<string, unknown> => ({ edge: validOn(asOf), node: validOn(asOf) });

const POWER_SORT = [{ node: { name: 'ASC' } }, { node: { subName: 'ASC' } }, { node: { id: 'ASC' } }];
const ORGANIZATION_SORT = [{ node: { name: 'ASC' } }, { node: { id: 'ASC' } }];

/** The same reads through @neo4j/graphql 7 (bench/neo4j-graphql.ts), filters as variables. */
export function neo4jGraphqlRequests(f: MixFixtures): Record<ReadName, GraphqlRequest> {
  return {
    organizationPowers: {
      query: `query OrganizationPowers($id: ID!, $valid: OrganizationPowersConnectionWhere, $exercise: PowerExercisedByConnectionWhere,
          $powerSort: [OrganizationPowersConnectionSort!], $organizationSort: [PowerExercisedByConnectionSort!]) {
        organizations(where: { id: { eq: $id } }) { id name orgType
          powersConnection(first: ${PAGE}, where: $valid, sort: $powerSort) { edges { node { id name subName category
            exercisedByConnection(where: $exercise, sort: $organizationSort) { edges { node { id name } } } } } } }
      }`,
      variables: {
        id: f.organizationId,
        valid: exerciseOn(AS_OF),
        exercise: exerciseOn(AS_OF),
        powerSort: POWER_SORT,
        organizationSort: ORGANIZATION_SORT,
      },
    },
    powerBasis: {
      query: `query PowerBasis($id: ID!) {
        powers(where: { id: { eq: $id } }) { id name code category
          basisConnection(sort: [{ edge: { order: ASC } }]) { edges { properties { role citedText }
            node { id article paragraph item text version { id publishDate effectiveDate law { name level } } } } } }
      }`,
      variables: { id: f.powerId },
    },
    townshipHandovers: {
      query: `query TownshipHandovers($id: ID!, $valid: EnforcementItemWhere) {
        organizations(where: { id: { eq: $id } }) { id name
          enforcementItemsReceived(where: $valid, sort: [{ name: ASC }, { id: ASC }], limit: ${PAGE}) {
            id name mode actsInNameOf decisionDocNo status validFrom validTo
            power { id name code } from { id name } } }
      }`,
      variables: { id: f.townshipId, valid: validOn(AS_OF) },
    },
    whistleLeads: {
      query: `query WhistleLeads($id: ID!, $valid: OrganizationPowersConnectionWhere, $powerSort: [OrganizationPowersConnectionSort!]) {
        whistleMatters(where: { id: { eq: $id } }) { id name kind urgency
          lead(sort: [{ name: ASC }, { id: ASC }]) { id name
            powersConnection(first: ${LEAD_POWERS}, where: $valid, sort: $powerSort) { edges { node { id name subName category } } } }
          neededPowers(sort: [{ name: ASC }, { id: ASC }]) { id name code } }
      }`,
      variables: { id: f.whistleMatterId, valid: exerciseOn(AS_OF), powerSort: POWER_SORT },
    },
    search: {
      query: `query Search($text: String!, $asOf: Date!) {
        search(text: $text, first: ${SEARCH_FIRST}, asOf: $asOf) { type id name subName score }
      }`,
      variables: { text: SEARCH_TEXT, asOf: AS_OF },
    },
  };
}
