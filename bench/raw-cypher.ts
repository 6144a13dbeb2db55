import type { Driver } from 'neo4j-driver';

import { CypherRegistry, cypher, type CypherRef } from '../src/db/cypher-registry';
import { toParams, toPlain } from '../src/db/values';
import { parseCitations } from '../src/features/power/power.citations';
import { luceneQuery, normaliseSearchText } from '../src/features/search/search-text';
import { toGlobalId, type NodeType } from '../src/shared/global-id';
import { AS_OF, LEAD_POWERS, PAGE, SEARCH_FIRST, SEARCH_TEXT, type MixFixtures, type ReadName } from './read-mix';

const ORGANIZATION_POWERS = cypher('bench/raw-organization-powers');
const POWER_BASIS = cypher('bench/raw-power-basis');
const TOWNSHIP_HANDOVERS = cypher('bench/raw-township-handovers');
const WHISTLE_LEADS = cypher('bench/raw-whistle-leads');
const SEARCH = cypher('bench/raw-search');

/** Candidates per search result, as src/features/search/search.resolvers.ts fetches them. */
const SEARCH_CANDIDATES = 200;

type Plain = Record<string, unknown>;
type Variables = Record<string, unknown>;

/**
 * The floor: each read of the mix as the best hand-written Cypher (one statement, one round trip)
 * through neo4j-driver, shaped into the JSON our API returns for it (global ids included), so
 * the comparison covers the same data and the same serialisation. 手写 Cypher 基线。
 */
export class RawCypher {
  private readonly registry = CypherRegistry.load();

  constructor(private readonly driver: Driver, private readonly database = 'neo4j') {}

  async read(name: ReadName, variables: Variables): Promise<{ data: Plain }> {
    switch (name) {
      case 'organizationPowers':
        return { data: { node: await this.organizationPowers(variables) } };
      case 'powerBasis':
        return { data: { node: await this.powerBasis(variables) } };
      case 'townshipHandovers':
        return { data: { node: await this.townshipHandovers(variables) } };
      case 'whistleLeads':
        return { data: { node: await this.whistleLeads(variables) } };
      case 'search':
        return { data: { search: await this.search(variables) } };
    }
  }

  private async one(ref: CypherRef, params: Variables): Promise<Plain | null> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(this.registry.text(ref), toParams(params)));
      const record = result.records[0];
      return record ? (toPlain(record.toObject()) as Plain) : null;
    } finally {
      await session.close();
    }
  }

  private async all(ref: CypherRef, params: Variables): Promise<Plain[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(this.registry.text(ref), toParams(params)));
      return result.records.map((r) => toPlain(r.toObject()) as Plain);
    } finally {
      await session.close();
    }
  }

  private async organizationPowers(v: Variables): Promise<Plain | null> {
    const row = await this.one(ORGANIZATION_POWERS, { id: v['id'], asOf: v['asOf'], first: PAGE });
    if (!row) return null;
    const organization = row['organization'] as Plain;
    return {
      ...withId('Organization', organization),
      powers: edges((row['powers'] as Plain[]).map((p) => ({
        ...withId('Power', p),
        exercisedBy: (p['exercisedBy'] as Plain[]).map((o) => withId('Organization', o)),
      }))),
    };
  }

  private async powerBasis(v: Variables): Promise<Plain | null> {
    const row = await this.one(POWER_BASIS, { id: v['id'] });
    if (!row) return null;
    const { citations, ...power } = row['power'] as Plain;
    const provisions = new Map((row['provisions'] as Plain[]).map((p) => [p['id'] as string, p]));
    return {
      ...withId('Power', power),
      basis: parseCitations((citations as string | null) ?? null).map((c) => {
        const provision = c.provisionId ? provisions.get(c.provisionId) : undefined;
        return {
          text: c.text,
          role: c.role,
          provision: provision ? withId('Provision', provision) : null,
        };
      }),
    };
  }

  private async townshipHandovers(v: Variables): Promise<Plain | null> {
    const row = await this.one(TOWNSHIP_HANDOVERS, { id: v['id'], asOf: v['asOf'], first: PAGE });
    if (!row) return null;
    return {
      ...withId('Organization', row['organization'] as Plain),
      enforcementItemsReceived: edges((row['items'] as Plain[]).map((e) => ({
        ...withId('EnforcementItem', e),
        power: withId('Power', e['power'] as Plain),
        from: withId('Organization', e['from'] as Plain),
      }))),
    };
  }

  private async whistleLeads(v: Variables): Promise<Plain | null> {
    const row = await this.one(WHISTLE_LEADS, { id: v['id'], asOf: v['asOf'], leadPowers: LEAD_POWERS });
    if (!row) return null;
    return {
      ...withId('WhistleMatter', row['matter'] as Plain),
      lead: (row['leads'] as Plain[]).map((o) => ({
        ...withId('Organization', o),
        powers: edges((o['powers'] as Plain[]).map((p) => withId('Power', p))),
      })),
      neededPowers: (row['neededPowers'] as Plain[]).map((p) => withId('Power', p)),
    };
  }

  private async search(v: Variables): Promise<Plain[]> {
    const text = normaliseSearchText(String(v['text']));
    const rows = await this.all(SEARCH, {
      query: luceneQuery(text),
      compact: text.replace(/\s+/gu, ''),
      asOf: v['asOf'],
      candidates: SEARCH_CANDIDATES,
      first: SEARCH_FIRST,
    });
    return rows.map((r) => {
      const type = r['type'] as NodeType;
      const { name, subName, violation, ...node } = r['node'] as Plain;
      const shown =
        type === 'Power' ? { name, subName } : type === 'LenientItem' ? { violation } : { name };
      return { score: r['score'], node: { __typename: type, ...withId(type, node), ...shown } };
    });
  }
}

/** A stored row with its id as our API shows it. */
function withId(type: NodeType, row: Plain): Plain {
  return { ...row, id: toGlobalId(type, String(row['id'])) };
}

const edges = (nodes: Plain[]): { edges: { node: Plain }[] } => ({ edges: nodes.map((node) => ({ node })) });

/** The mix's variables for the floor: the same as our API's, ids unwrapped. */
export function rawVariables(f: MixFixtures): Record<ReadName, Variables> {
  return {
    organizationPowers: { id: f.organizationId, asOf: AS_OF },
    powerBasis: { id: f.powerId },
    townshipHandovers: { id: f.townshipId, asOf: AS_OF },
    whistleLeads: { id: f.whistleMatterId, asOf: AS_OF },
    search: { text: SEARCH_TEXT, asOf: AS_OF },
  };
}
