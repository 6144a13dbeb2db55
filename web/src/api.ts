/** A small GraphQL client for /graphql (same origin). 页面使用的 GraphQL 客户端。 */
export interface GraphNode {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown> | null;
}
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown> | null;
}
export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

interface Response<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class GraphQLFailure extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** The access token the reviewer pasted (the change-request panel), kept in memory only; null for anonymous reading. */
let token: string | null = null;

export const currentToken = (): string | null => token;
export function setToken(next: string | null): void {
  token = next;
}

/** Headers of a request as the current caller. */
export const authHeaders = (): Record<string, string> => (token === null ? {} : { authorization: `Bearer ${token}` });

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Response<T>;
  const first = body.errors?.[0];
  if (first) throw new GraphQLFailure(first.message, first.extensions?.code);
  if (!body.data) throw new GraphQLFailure(`HTTP ${response.status}`, undefined);
  return body.data;
}

export interface Capabilities {
  overlaps: boolean;
  findings: boolean;
  whatIf: boolean;
}

/** Which optional features the service offers (from its SDL, not introspection). */
export async function capabilities(): Promise<Capabilities> {
  const response = await fetch('capabilities.json');
  return (await response.json()) as Capabilities;
}

const NEIGHBORHOOD = `query Neighborhood($ids: [ID!]!, $depth: Int, $limit: Int, $asOf: Date) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit, asOf: $asOf) {
    truncated
    nodes { id type label properties }
    edges { id type source target properties }
  }
}`;

export async function neighborhood(ids: string[], depth: number, limit: number, asOf: string): Promise<GraphSlice> {
  const data = await gql<{ neighborhood: GraphSlice }>(NEIGHBORHOOD, { ids, depth, limit, asOf });
  return data.neighborhood;
}

const JURISDICTION = `query Jurisdiction($code: String!, $limit: Int, $asOf: Date) {
  jurisdiction(divisionCode: $code, limit: $limit, asOf: $asOf) {
    truncated
    nodes { id type label properties }
    edges { id type source target properties }
  }
}`;

/** A division's tree with its organizations and where hand-overs go (the jurisdiction view). */
export async function jurisdiction(code: string, limit: number, asOf: string): Promise<GraphSlice> {
  return (await gql<{ jurisdiction: GraphSlice }>(JURISDICTION, { code, limit, asOf })).jurisdiction;
}

export interface SearchHit {
  score: number;
  snippet: string | null;
  node: { __typename: string; id: string; name?: string; subName?: string | null; violation?: string };
}

const SEARCH = `query Search($text: String!, $asOf: Date) {
  search(text: $text, first: 12, asOf: $asOf) {
    score snippet
    node {
      __typename id
      ... on Organization { name }
      ... on Power { name subName }
      ... on WhistleMatter { name }
      ... on TownshipDutyItem { name }
      ... on LenientItem { violation }
    }
  }
}`;

export async function search(text: string, asOf: string): Promise<SearchHit[]> {
  return (await gql<{ search: SearchHit[] }>(SEARCH, { text, asOf })).search;
}
