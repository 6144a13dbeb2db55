import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { CypherRegistry } from '../db/cypher-registry';
import { PROJECT_ROOT } from '../paths';
import { NODE_TYPES, type NodeType } from '../shared/global-id';
import { LIST_KINDS, LIST_LABELS, listKind, listKindOfLabel, type ListKind } from './list-kinds';

const CYPHER = join(PROJECT_ROOT, 'cypher');

/**
 * Statements that name every kind of list, one UNION branch (or COUNT, or COLLECT) per label. A
 * kind missing from one of them is silently skipped there: a stale analysis cache
 * (graph-fingerprint), a row a plan does not re-version, a node the graph page cannot seed. They
 * get their branches from the kinds when the registry loads (src/db/cypher-registry.ts).
 */
const EVERY_LABEL = [
  'analysis/graph-fingerprint',
  'graph/find-neighborhood',
  'import/list-rows-retire',
  'import/list-version-contains',
  'reassignment/change-set-partitions',
  'reassignment/change-set-touch',
  'reassignment/held-by-organization',
  'reassignment/repoint-items',
  'reassignment/revert-delete-nodes',
  'reassignment/revert-node-properties',
  'reassignment/version-items',
  'schema/list-rows',
  'test-support/reassignment-list-contains',
];
/** Statements that name every kind today on purpose, not because every kind must be there. */
const NAMES_EVERY_KIND_BY_CHANCE: Record<string, string> = {
  'test-support/analysis-scope-sample':
    'picks one sample organization per role a test scopes by; a new kind need not add a role',
};

/** A kind that exists only here: what the registry makes of a kind it has never seen. */
const PERMIT: ListKind = {
  name: 'permits',
  listType: 'PERMITS',
  label: 'PermitItem',
  listName: '许可事项清单',
  idPrefix: 'pi',
  statements: { upsert: 'import/permits-upsert', findByIds: 'permits/find-by-ids' },
  scope: 'ISSUED_TO',
  organizationLinks: ['ISSUED_TO'],
  powerLinks: ['PERMITS'],
  repointed: ['ISSUED_TO'],
  affectedIds: 'permitItemIds',
  text: { zh: '许可事项', en: 'Permit item' },
  style: { color: '#000000', shape: 'ellipse' },
  visibleProperties: ['name'],
};

function statements(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? statements(join(dir, e.name)) : e.name.endsWith('.cypher') ? [join(dir, e.name)] : [],
  );
}

const names = (label: string, text: string): boolean => new RegExp(`\\b${label}\\b`, 'u').test(text);

describe('list kinds', () => {
  it('are each named by every statement that enumerates the kinds', () => {
    const registry = CypherRegistry.load();
    const missing = EVERY_LABEL.flatMap((name) => {
      const text = registry.text({ name });
      return LIST_LABELS.filter((label) => !names(label, text)).map((label) => `${name}: ${label}`);
    });
    expect(missing).toEqual([]);
  });

  it('reach every such statement when a kind is added, with no edit to any', () => {
    const registry = CypherRegistry.load(CYPHER, [...LIST_KINDS, PERMIT]);
    const lacking = EVERY_LABEL.filter((name) => !names(PERMIT.label, registry.text({ name })));
    expect(lacking).toEqual([]);
    expect(registry.text({ name: 'reassignment/held-by-organization' })).toContain(
      'COLLECT { MATCH (x:PermitItem)-[:ISSUED_TO]->(o)',
    );
    expect(registry.statementsOf('schema/list-rows')).toContain(
      'CREATE CONSTRAINT permit_item_id IF NOT EXISTS FOR (n:PermitItem) REQUIRE n.id IS UNIQUE',
    );
    // The per-kind templates give it statements of its own.
    expect(registry.text({ name: 'per-kind/current:permits' })).toContain(
      "MATCH (o:Organization {nameKey: key})<-[:ISSUED_TO]-(:PermitItem)<-[:CONTAINS]-(l:ListVersion)\nWHERE l.listType = 'PERMITS'",
    );
  });

  it('are scoped by one of their own links to organizations', () => {
    expect(LIST_KINDS.filter((k) => !(k.organizationLinks as readonly string[]).includes(k.scope)).map((k) => k.name)).toEqual([]);
  });

  it('leave no statement that enumerates them off that list', () => {
    const enumerating = statements(CYPHER)
      .filter((file) => LIST_LABELS.every((label) => names(label, readFileSync(file, 'utf8'))))
      .map((file) => relative(CYPHER, file).replace(/\.cypher$/u, ''));
    expect(enumerating.filter((name) => !EVERY_LABEL.includes(name) && !(name in NAMES_EVERY_KIND_BY_CHANCE))).toEqual(
      [],
    );
  });

  it('have their statements', () => {
    const files = LIST_KINDS.flatMap((k) => Object.values(k.statements));
    expect(files.filter((name) => !existsSync(join(CYPHER, `${name}.cypher`)))).toEqual([]);
  });

  it('are node types of the global ids', () => {
    // A compile error when a label is not a NodeType; the expectation for a cast-away one.
    const types: readonly NodeType[] = LIST_LABELS;
    expect(types.filter((label) => !NODE_TYPES.includes(label))).toEqual([]);
  });

  it('are unique by name, list type, label and id prefix', () => {
    for (const key of ['name', 'listType', 'label', 'idPrefix'] as const) {
      expect(new Set(LIST_KINDS.map((k) => k[key])).size).toBe(LIST_KINDS.length);
    }
    expect(listKind('whistle').label).toBe('WhistleMatter');
    expect(listKindOfLabel('LenientItem').name).toBe('lenient');
  });
});
