import { createHash } from 'node:crypto';

import type { App } from '../../src/app';
import { cypher } from '../../src/db/cypher-registry';
import type { HandOverModeValue } from '../../src/features/enforcement/enforcement.model';
import type { OrgTypeValue } from '../../src/features/organization/organization.model';
import type { PowerCategoryValue } from '../../src/features/power/power.model';
import { toGlobalId, type NodeType } from '../../src/shared/global-id';
import { GraphBuilder } from './builders';

const WRITE_POWERS = cypher('test-support/reassignment-write-powers');
const WRITE_HANDOVERS = cypher('test-support/reassignment-write-handovers');
const WRITE_ITEMS = cypher('test-support/reassignment-write-items');
const CHECKSUM = cypher('test-support/reassignment-checksum');
/** Declared here for the apply test, which alters a change set to check audit verify. */
export const TAMPER_CHANGE_SET = cypher('test-support/reassignment-tamper');
const CHANGE_SET_BY_REASON = cypher('test-support/reassignment-change-set-by-reason');
const EXERCISE_COUNT = cypher('test-support/reassignment-exercise-count');
const LIST_CONTAINS = cypher('test-support/reassignment-list-contains');

export interface WorldSpec {
  /** Organizations by key: departments sit in a COUNTY division, townships in a TOWNSHIP one. */
  orgs: Record<string, { name: string; orgType?: OrgTypeValue; township?: boolean }>;
  powers?: Record<string, { name: string; category?: PowerCategoryValue; exercisedBy: string[] }>;
  handOvers?: Record<string, { power: string; from: string; to: string; mode?: HandOverModeValue }>;
  whistle?: Record<
    string,
    { name: string; whistledBy: string[]; lead: string[]; cooperating?: string[]; needs: string[] }
  >;
  duties?: Record<string, { name: string; township: string; counterparts: string[]; needs: string[] }>;
  lenient?: Record<string, { name: string; implementedBy: string[]; appliesTo: string[] }>;
}

const ITEM_TYPES: Record<string, NodeType> = {
  w: 'WhistleMatter',
  d: 'TownshipDutyItem',
  l: 'LenientItem',
  h: 'EnforcementItem',
  p: 'Power',
};

/**
 * A small world for reassignment tests, written as ADR 0001 describes the importer's output; every
 * name and id carries the test's prefix. Data starts on 2024-01-01.
 */
export class ReassignmentWorld {
  readonly ids = new Map<string, string>();
  private readonly graph: GraphBuilder;

  constructor(
    private readonly app: App,
    readonly prefix: string,
  ) {
    this.graph = new GraphBuilder(app, prefix);
  }

  /** The local id of an organization, power (p:), hand-over (h:), whistle (w:), duty (d:) or lenient (l:) key. */
  id(key: string): string {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`no such key in the world: ${key}`);
    return id;
  }

  /** An organization's full name (the builder prefixes every name). */
  name(local: string): string {
    return `${this.prefix}${local}`;
  }

  gid(key: string): string {
    const [kind] = key.split(':');
    return toGlobalId(key.includes(':') ? (ITEM_TYPES[kind ?? ''] ?? 'Organization') : 'Organization', this.id(key));
  }

  async build(spec: WorldSpec): Promise<this> {
    const db = this.app.db;
    await this.graph.divisions([
      { code: 'county', name: '县', level: 'COUNTY' },
      { code: 'town', name: '镇', level: 'TOWNSHIP', parentCode: 'county' },
    ]);
    const orgKeys = Object.keys(spec.orgs);
    const orgIds = await this.graph.orgs(
      orgKeys.map((k) => {
        const o = spec.orgs[k]!;
        return {
          name: o.name,
          orgType: o.orgType ?? (o.township ? 'TOWNSHIP_GOV' : 'GOV_DEPT'),
          divisionCode: o.township ? 'town' : 'county',
          validFrom: '2024-01-01',
        };
      }),
    );
    orgKeys.forEach((k, i) => this.ids.set(k, orgIds[i]!));
    const file = `${this.prefix}.xlsx`;
    const local = (kind: string, key: string): string => {
      const id = `${this.prefix}-${kind}-${key}`;
      this.ids.set(`${kind}:${key}`, id);
      return id;
    };
    const powers = Object.entries(spec.powers ?? {}).map(([key, p]) => ({
      id: local('p', key),
      name: `${this.prefix}${p.name}`,
      category: p.category ?? 'PUNISHMENT',
      rawCategory: '行政处罚',
      itemKey: `${p.category ?? 'PUNISHMENT'}|${this.prefix}${p.name}|`,
      validFrom: '2024-01-01',
      exercisedBy: p.exercisedBy.map((o) => this.id(o)),
      sourceFile: file,
    }));
    const handOvers = Object.entries(spec.handOvers ?? {}).map(([key, h]) => ({
      id: local('h', key),
      name: `${this.prefix}下放${key}`,
      powerId: this.id(`p:${h.power}`),
      fromId: this.id(h.from),
      toId: this.id(h.to),
      mode: h.mode ?? 'GRANT',
      actsInNameOf: h.mode === 'ENTRUST' ? 'DELEGATOR' : 'SELF',
      validFrom: '2024-01-01',
      validTo: h.mode === 'ENTRUST' ? '2030-12-31' : null,
      sourceFile: file,
    }));
    const link = (type: string, orgs: readonly string[], role?: string) =>
      orgs.map((o) => ({ type, organizationId: this.id(o), role: role ?? null }));
    const items = [
      ...Object.entries(spec.whistle ?? {}).map(([key, w]) => ({
        label: 'WhistleMatter',
        id: local('w', key),
        name: `${this.prefix}${w.name}`,
        links: [
          ...link('WHISTLED_BY', w.whistledBy),
          ...link('LEAD', w.lead),
          ...link('COOPERATES', w.cooperating ?? []),
        ],
        powerLink: 'NEEDS_POWER',
        powerIds: w.needs.map((p) => this.id(`p:${p}`)),
      })),
      ...Object.entries(spec.duties ?? {}).map(([key, d]) => ({
        label: 'TownshipDutyItem',
        id: local('d', key),
        name: `${this.prefix}${d.name}`,
        links: [...link('OF_TOWNSHIP', [d.township]), ...link('COUNTERPART', d.counterparts, 'PRIMARY')],
        powerLink: 'NEEDS_POWER',
        powerIds: d.needs.map((p) => this.id(`p:${p}`)),
      })),
      ...Object.entries(spec.lenient ?? {}).map(([key, l]) => ({
        label: 'LenientItem',
        id: local('l', key),
        name: `${this.prefix}${l.name}`,
        links: link('IMPLEMENTED_BY', l.implementedBy),
        powerLink: 'APPLIES_TO',
        powerIds: l.appliesTo.map((p) => this.id(`p:${p}`)),
      })),
    ].map((r) => ({ ...r, validFrom: '2024-01-01', sourceFile: file }));
    await db.executeWrite('test.reassignment.world', async (tx) => {
      await tx.run(WRITE_POWERS, { rows: powers });
      await tx.run(WRITE_HANDOVERS, { rows: handOvers });
      await tx.run(WRITE_ITEMS, { rows: items });
    });
    return this;
  }

  /** The id of the change set written with `reason`, or null. */
  async changeSetByReason(reason: string): Promise<string | null> {
    const rows = await this.app.db.read('test.reassignment.changeSet', CHANGE_SET_BY_REASON, { reason });
    return rows[0] ? String(rows[0]['id']) : null;
  }

  /** How many powers the organization `key` exercises on `asOf`. */
  async exercised(key: string, asOf: string): Promise<number> {
    const rows = await this.app.db.read('test.reassignment.exercised', EXERCISE_COUNT, {
      organizationId: this.id(key),
      asOf,
    });
    return Number(rows[0]?.['n'] ?? 0);
  }

  /** Puts rows (by key) in a list version named with the prefix; returns the ids the list then contains. */
  async listContaining(rowKeys: readonly string[]): Promise<string[]> {
    const rows = await this.app.db.write('test.reassignment.list', LIST_CONTAINS, {
      listId: `${this.prefix}-list`,
      rowIds: rowKeys.map((k) => this.id(k)),
    });
    return (rows[0]?.['rowIds'] as string[] | undefined) ?? [];
  }

  /** A checksum of this world's domain graph: every node and relationship but the audit records. */
  async checksum(): Promise<string> {
    const rows = await this.app.db.read('test.reassignment.checksum', CHECKSUM, { prefix: this.prefix });
    const lines = rows.map((r) => JSON.stringify(sortKeys(r))).sort();
    return createHash('sha256').update(lines.join('\n')).digest('hex');
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value))
    return value
      .map(sortKeys)
      .map((v) => JSON.stringify(v))
      .sort();
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}
