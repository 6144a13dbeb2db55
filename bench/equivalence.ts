import { isDeepStrictEqual } from 'node:util';

import { fromGlobalId } from '../src/shared/global-id';
import { READ_NAMES, type ReadName } from './read-mix';
import { send, type Target } from './targets';

type Json = Record<string, unknown>;

export interface EquivalenceResult {
  read: ReadName;
  /** Our API and the floor return the same JSON (scores to 6 decimals). */
  rawSame: boolean;
  /** Our API and @neo4j/graphql return the same data once both are normalised. */
  neo4jGraphqlSame: boolean;
  /** Items compared (powers, hand-overs, citations, hits...), to show the check was not empty. */
  items: number;
  difference?: string;
}

const obj = (v: unknown): Json => (v !== null && typeof v === 'object' ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const local = (id: unknown): string => fromGlobalId(String(id)).localId;
const nodes = (connection: unknown): Json[] => list(obj(connection)['edges']).map((e) => obj(e['node']));
const pick = (o: Json, keys: readonly string[]): Json => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const sortKey = (p: Json): string => `${text(p['name'])}\u0000${text(p['subName'])}\u0000${text(p['id'])}`;
const byKey = (a: Json, b: Json): number => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0);
const byJson = (a: Json, b: Json): number => JSON.stringify(a).localeCompare(JSON.stringify(b));
const round6 = (n: unknown): number => Math.round(Number(n) * 1e6) / 1e6;

/** Stored ids instead of global ones, at any depth (our API's `id` fields). */
function unwrapIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === 'id' && typeof v === 'string' ? local(v) : unwrapIds(v)]),
  );
}

/** Our API's answer in a shape both GraphQL APIs can be brought to. */
function fromOurs(read: ReadName, body: unknown): unknown {
  const data = unwrapIds(obj(body)['data']) as Json;
  const node = obj(data['node']);
  switch (read) {
    case 'organizationPowers':
      return {
        ...pick(node, ['id', 'name', 'orgType']),
        powers: nodes(node['powers'])
          .map((p) => ({ ...pick(p, ['id', 'name', 'subName', 'category']), exercisedBy: list(p['exercisedBy']) }))
          .sort(byKey),
      };
    case 'powerBasis':
      return {
        ...pick(node, ['id', 'name', 'code', 'category']),
        // Resolved citations only: @neo4j/graphql sees the BASED_ON relationships, not the stored list.
        basis: list(node['basis'])
          .filter((c) => c['provision'] !== null)
          .map((c) => {
            const p = obj(c['provision']);
            return {
              role: c['role'],
              text: c['text'],
              provision: {
                ...pick(p, ['id', 'article', 'paragraph', 'item', 'text']),
                version: { id: obj(p['version'])['catalogId'], ...pick(obj(p['version']), ['publishDate', 'effectiveDate']) },
                law: obj(p['law']),
              },
            };
          })
          .sort(byJson),
      };
    case 'townshipHandovers':
      return { ...pick(node, ['id', 'name']), items: nodes(node['enforcementItemsReceived']) };
    case 'whistleLeads':
      return {
        ...pick(node, ['id', 'name', 'kind', 'urgency']),
        lead: list(node['lead']).map((o) => ({ ...pick(o, ['id', 'name']), powers: nodes(o['powers']).sort(byKey) })),
        neededPowers: list(node['neededPowers']),
      };
    case 'search':
      return list(data['search']).map((h) => {
        const n = obj(h['node']);
        return { type: n['__typename'], id: n['id'], name: n['name'] ?? n['violation'] ?? null, subName: n['subName'] ?? null, score: round6(h['score']) };
      });
  }
}

/** @neo4j/graphql's answer in the same shape. */
function fromTheirs(read: ReadName, body: unknown): unknown {
  const data = obj(obj(body)['data']);
  const first = (key: string): Json => obj(list(data[key])[0]);
  switch (read) {
    case 'organizationPowers': {
      const o = first('organizations');
      return {
        ...pick(o, ['id', 'name', 'orgType']),
        powers: nodes(o['powersConnection'])
          .map((p) => ({ ...pick(p, ['id', 'name', 'subName', 'category']), exercisedBy: nodes(p['exercisedByConnection']) }))
          .sort(byKey),
      };
    }
    case 'powerBasis': {
      const p = first('powers');
      return {
        ...pick(p, ['id', 'name', 'code', 'category']),
        basis: list(obj(p['basisConnection'])['edges'])
          .map((e) => {
            const n = obj(e['node']);
            const v = obj(list(n['version'])[0]);
            return {
              role: obj(e['properties'])['role'],
              text: obj(e['properties'])['citedText'],
              provision: {
                ...pick(n, ['id', 'article', 'paragraph', 'item', 'text']),
                version: pick(v, ['id', 'publishDate', 'effectiveDate']),
                law: obj(list(v['law'])[0]),
              },
            };
          })
          .sort(byJson),
      };
    }
    case 'townshipHandovers': {
      const o = first('organizations');
      return {
        ...pick(o, ['id', 'name']),
        items: list(o['enforcementItemsReceived']).map((e) => ({
          ...e,
          power: list(e['power'])[0] ?? null,
          from: list(e['from'])[0] ?? null,
        })),
      };
    }
    case 'whistleLeads': {
      const m = first('whistleMatters');
      return {
        ...pick(m, ['id', 'name', 'kind', 'urgency']),
        lead: list(m['lead']).map((o) => ({ ...pick(o, ['id', 'name']), powers: nodes(o['powersConnection']).sort(byKey) })),
        neededPowers: list(m['neededPowers']),
      };
    }
    case 'search':
      return list(data['search']).map((h) => ({ ...pick(h, ['type', 'id', 'name', 'subName']), score: round6(h['score']) }));
  }
}

function withRoundedScores(body: unknown): unknown {
  const data = obj(obj(body)['data']);
  if (!Array.isArray(data['search'])) return body;
  return { data: { search: list(data['search']).map((h) => ({ ...h, score: round6(h['score']) })) } };
}

function itemCount(normalised: unknown): number {
  if (Array.isArray(normalised)) return normalised.length;
  const o = obj(normalised);
  return ['powers', 'basis', 'items', 'lead', 'neededPowers'].reduce((n, k) => n + list(o[k]).length, 0);
}

/** The first path at which two JSON values differ, for the report. */
function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Json)[k], (b as Json)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

/**
 * Step 3's precondition: each read answered by the three targets, compared. The floor must match
 * our API exactly; @neo4j/graphql after normalisation (stored ids, the same nesting, lists in a
 * canonical order where the libraries order nulls differently). 三方结果一致性检查。
 */
export async function checkEquivalence(api: Target, raw: Target, theirs: Target): Promise<EquivalenceResult[]> {
  const results: EquivalenceResult[] = [];
  for (const read of READ_NAMES) {
    const [ours, floor, peer] = await Promise.all([send(api, read), send(raw, read), send(theirs, read)]);
    for (const [name, body] of [['api', ours], ['neo4jGraphql', peer]] as const) {
      const errors = obj(body)['errors'];
      if (errors !== undefined) throw new Error(`${name} ${read}: ${JSON.stringify(errors).slice(0, 500)}`);
    }
    const normalised = fromOurs(read, ours);
    const rawDifference = firstDifference(withRoundedScores(ours), withRoundedScores(floor));
    const peerDifference = firstDifference(normalised, fromTheirs(read, peer));
    const difference = [rawDifference && `raw ${rawDifference}`, peerDifference && `neo4jGraphql ${peerDifference}`]
      .filter(Boolean)
      .join('; ');
    results.push({
      read,
      rawSame: rawDifference === '',
      neo4jGraphqlSame: peerDifference === '',
      items: itemCount(normalised),
      ...(difference ? { difference } : {}),
    });
  }
  return results;
}
