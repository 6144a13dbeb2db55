/**
 * The kinds of list (清单) beside the power list: one descriptor each, and every union, table and
 * lookup of the kinds derived from them. The importer adds each kind's header spec, record parser
 * and row plan (src/importer/lists.ts, a table over ListKindName); the features add its reader
 * (loaders, node resolver, GraphQL type); Cypher that names every label is checked against
 * LIST_LABELS (list-kinds.test.ts). ARCHITECTURE.md walks through adding a kind.
 * 清单种类：每种一个描述，其余的类型与表都由它推出。
 */
/**
 * What the importer's versioned writer (`importList`, `writeList`) needs of a kind of row: every
 * ListKind, and the guiding catalog (src/domain/catalog.ts), whose rows belong to no organization.
 */
export interface VersionedRowKind {
  /** `quanze import <name>`, and ImportSummary.kind. */
  readonly name: string;
  /** ListVersion.listType. */
  readonly listType: string;
  /** The node label of a row version; also its GraphQL type and the global id's type. */
  readonly label: string;
  /** Row version ids: `<idPrefix>-<hash>` (`<idPrefix>-r-<hash>` when a plan re-versions a hand-over). */
  readonly idPrefix: string;
  /**
   * The import's upsert, and the statement of the latest rows of each scope key: a ListKind's comes
   * from the template cypher/per-kind/current.cypher (organizations scope it); another kind names its own.
   */
  readonly statements: { readonly upsert: string; readonly current?: string };
}

export interface ListKind extends VersionedRowKind {
  /**
   * Its statements: the import's upsert and the reader's rows by id as of a date (what the node
   * resolver and the loaders use). The rows a newer list compares against come from the template
   * cypher/per-kind/current.cypher, filled in with the label, list type and scope.
   */
  readonly statements: { readonly upsert: string; readonly findByIds: string };
  /** The relationship to the organizations that scope the kind's lists: a newer list replaces the rows of the organizations it covers. */
  readonly scope: string;
  /** Relationships from a row to organizations, and to powers (what the graph page and the change log's partitions follow). */
  readonly organizationLinks: readonly string[];
  readonly powerLinks: readonly string[];
  /** Those of organizationLinks that move with the row when a plan moves its holder. */
  readonly repointed: readonly string[];
  /** The field of a reassignment's Holdings / AffectedIds that lists this kind's rows. */
  readonly affectedIds: string;
  /** What the CLI calls the list. */
  readonly listName: string;
  /** What the graph page calls one row, and how it draws it (a Cytoscape colour and shape). */
  readonly text: { readonly zh: string; readonly en: string };
  readonly style: { readonly color: string; readonly shape: string };
  /**
   * The properties of a row the graph page may see besides its dates (an allow-list:
   * src/features/graph/visible-properties.ts): the published columns, no import bookkeeping.
   */
  readonly visibleProperties: readonly string[];
}

export const LIST_KINDS = [
  {
    name: 'enforcement',
    listType: 'ENFORCEMENT',
    label: 'EnforcementItem',
    listName: '乡镇综合行政执法事项',
    idPrefix: 'ei',
    statements: { upsert: 'import/enforcement-upsert', findByIds: 'enforcement/find-by-ids' },
    scope: 'TO',
    organizationLinks: ['FROM', 'TO'],
    powerLinks: ['HANDS_OVER'],
    repointed: ['FROM'],
    affectedIds: 'enforcementItemIds',
    text: { zh: '下放事项', en: 'Hand-over' },
    style: { color: '#2f855a', shape: 'diamond' },
    visibleProperties: [
      'name',
      'seqNo',
      'originalCode',
      'mode',
      'actsInNameOf',
      'decisionDocNo',
      'published',
      'evaluationDue',
      'status',
      'remarks',
    ],
  },
  {
    name: 'whistle',
    listType: 'WHISTLE',
    label: 'WhistleMatter',
    listName: '吹哨报到事项',
    idPrefix: 'wm',
    statements: { upsert: 'import/whistle-upsert', findByIds: 'whistle/find-by-ids' },
    scope: 'WHISTLED_BY',
    organizationLinks: ['LEAD', 'WHISTLED_BY', 'COOPERATES'],
    powerLinks: ['NEEDS_POWER'],
    repointed: ['LEAD', 'COOPERATES'],
    affectedIds: 'whistleMatterIds',
    text: { zh: '吹哨事项', en: 'Whistle matter' },
    style: { color: '#d53f8c', shape: 'triangle' },
    visibleProperties: ['name', 'seqNo', 'kind', 'urgency', 'responseLimitMinutes', 'closeLimitDays', 'streetDuty', 'remarks'],
  },
  {
    name: 'duties',
    listType: 'DUTIES',
    label: 'TownshipDutyItem',
    listName: '乡镇履职事项',
    idPrefix: 'td',
    statements: { upsert: 'import/duties-upsert', findByIds: 'duty/find-by-ids' },
    scope: 'OF_TOWNSHIP',
    organizationLinks: ['OF_TOWNSHIP', 'COUNTERPART'],
    powerLinks: ['NEEDS_POWER'],
    repointed: ['COUNTERPART'],
    affectedIds: 'dutyItemIds',
    text: { zh: '履职事项', en: 'Township duty' },
    style: { color: '#319795', shape: 'vee' },
    visibleProperties: ['name', 'seqNo', 'listKind', 'departmentDuty', 'townshipDuty', 'basis', 'remarks'],
  },
  {
    name: 'lenient',
    listType: 'LENIENT',
    label: 'LenientItem',
    listName: '四张清单',
    idPrefix: 'li',
    statements: { upsert: 'import/lenient-upsert', findByIds: 'lenient/find-by-ids' },
    scope: 'IMPLEMENTED_BY',
    organizationLinks: ['IMPLEMENTED_BY'],
    powerLinks: ['APPLIES_TO'],
    repointed: ['IMPLEMENTED_BY'],
    affectedIds: 'lenientItemIds',
    text: { zh: '包容审慎事项', en: 'Lenient item' },
    style: { color: '#b7791f', shape: 'star' },
    visibleProperties: ['violation', 'seqNo', 'kind', 'conditions', 'violationBasis', 'penaltyBasis', 'lenientBasis', 'remarks'],
  },
] as const satisfies readonly ListKind[];

/** One of the project's kinds (ListKind is their shape). */
export type ListKindDescriptor = (typeof LIST_KINDS)[number];
type Kinds = ListKindDescriptor;
export type ListKindName = Kinds['name'];
export type ListType = Kinds['listType'];
export type ListLabel = Kinds['label'];
export type AffectedIdsField = Kinds['affectedIds'];

export const LIST_LABELS: readonly ListLabel[] = LIST_KINDS.map((k) => k.label);
export const LIST_KIND_NAMES: readonly ListKindName[] = LIST_KINDS.map((k) => k.name);

/** The descriptor of a kind, by its name. */
export function listKind<N extends ListKindName>(name: N): Extract<Kinds, { name: N }> {
  return LIST_KINDS.find((k) => k.name === name) as Extract<Kinds, { name: N }>;
}

/** The descriptor of a row label. */
export function listKindOfLabel<L extends ListLabel>(label: L): Extract<Kinds, { label: L }> {
  return LIST_KINDS.find((k) => k.label === label) as Extract<Kinds, { label: L }>;
}

/** One value per kind, under its field of a reassignment's AffectedSets and Holdings (ListKind.affectedIds). */
export function perAffectedIds<T>(make: (kind: Kinds) => T): Record<AffectedIdsField, T> {
  return Object.fromEntries(LIST_KINDS.map((k) => [k.affectedIds, make(k)])) as Record<AffectedIdsField, T>;
}

export function isListKindName(value: string): value is ListKindName {
  return (LIST_KIND_NAMES as readonly string[]).includes(value);
}

export function isListLabel(value: string): value is ListLabel {
  return (LIST_LABELS as readonly string[]).includes(value);
}
