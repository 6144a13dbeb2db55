/**
 * What the graph page may see of a node or a relationship: an allow-list per type, so a property
 * added later (an actor, a reason, an undo log, import bookkeeping) stays on the server until it
 * is listed here. The page's side panel prints whatever it receives. 图谱页属性白名单。
 *
 * Listed: the published list columns (name, category, mode, dates, remarks...). Left out: import
 * bookkeeping (source file, sheet, row, content hash, identity and name keys, raw texts), who or
 * what created a node, and bulky texts the panel gets from `node(id:)` (bases, accountability,
 * citations).
 */
import { listKindOfLabel } from '../../domain/list-kinds';
import type { NodeType } from '../../shared/global-id';
import { perLabel } from '../list-rows/list-row-reader';

const PERIOD = ['validFrom', 'validTo'] as const;

export const NODE_PROPERTIES: Readonly<Record<NodeType, readonly string[]>> = {
  Organization: ['name', 'orgType', 'level', 'uscc', 'remarks', ...PERIOD],
  AdminDivision: ['code', 'name', 'level'],
  Power: ['name', 'subName', 'code', 'seqNo', 'category', 'levelLabel', 'scope', 'status', 'departmentDuty', 'remarks', ...PERIOD],
  LegalDocument: ['name', 'level'],
  Provision: ['article', 'articleSuffix', 'articleTo', 'paragraph', 'item', 'chapter', 'section', 'text'],
  // Each kind of list: what its descriptor lists (src/domain/list-kinds.ts).
  ...perLabel((label) => [...listKindOfLabel(label).visibleProperties, ...PERIOD]),
  // Never drawn: its actor, reason and undo log are for the editor and auditor roles only.
  ChangeSet: [],
  // Not drawn today (a finding's subject or related item); the published catalog columns.
  CatalogItem: ['name', 'subName', 'code', 'category', 'levels', 'levelText', ...PERIOD],
};

const EDGE_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  BASED_ON: ['role', 'order', 'citedText', ...PERIOD],
  COUNTERPART: ['role', ...PERIOD],
  EXERCISED_BY: ['basis', ...PERIOD],
  // The jurisdiction view's hand-overs from one organization to another, counted.
  HANDS_OVER_TO: ['items'],
  OF_LAW: ['id', 'ver', 'publishDate', 'effectiveDate', 'expired'],
};

const nodeSets = new Map(Object.entries(NODE_PROPERTIES).map(([type, keys]) => [type, new Set(keys)]));
const edgeSets = new Map(Object.entries(EDGE_PROPERTIES).map(([type, keys]) => [type, new Set(keys)]));
const PERIOD_ONLY = new Set<string>(PERIOD);

/** Only the listed properties; own keys only, into a fresh object. */
function pick(properties: Record<string, unknown> | null, allowed: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (allowed.has(key)) out[key] = value;
  }
  return out;
}

export const visibleNodeProperties = (type: NodeType, properties: Record<string, unknown> | null): Record<string, unknown> =>
  pick(properties, nodeSets.get(type) ?? new Set());

/** A relationship type not listed shows its period only. */
export const visibleEdgeProperties = (type: string, properties: Record<string, unknown> | null): Record<string, unknown> =>
  pick(properties, edgeSets.get(type) ?? PERIOD_ONLY);
