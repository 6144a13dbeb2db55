/**
 * WhistleMatter // "街道吹哨、部门报到"事项: who may blow the whistle on a matter, who must report.
 * IMPORT.md §3. Organizations stay names here; "各街道" and the like stay markers, expanded to the
 * organizations of the division when writing.
 */
import type { SheetRecords } from '../types';
import { enumTable, normalizeName, splitPowerRefs, type PowerRef } from './fields';
import { compact, runKind, type FieldSpec, type KindResult, type RecordSource, type RowReader } from './row-context';

export const WHISTLE_FIELDS = [
  { field: 'seqNo', header: '序号' },
  { field: 'name', header: '吹哨事项', required: true },
  { field: 'kind', header: '事项类别' },
  { field: 'urgency', header: '哨型' },
  { field: 'whistlers', header: '吹哨主体', required: true },
  { field: 'lead', header: '主责部门' },
  { field: 'cooperating', header: '配合部门' },
  { field: 'neededPowers', header: '关联权力' },
  { field: 'responseLimitMinutes', header: '报到时限(分钟)' },
  { field: 'closeLimitDays', header: '办结时限(天)' },
  { field: 'streetDuty', header: '街道职责' },
  { field: 'remarks', header: '备注' },
] as const satisfies readonly FieldSpec[];

export type WhistleKind = '群众诉求' | '重点工作' | '综合执法' | '应急处置';
export type WhistleUrgency = '日常' | '攻坚' | '应急';
/** "All streets", "all townships" or both, as a marker to expand later. */
export type WhistlerScope = 'STREET' | 'TOWNSHIP' | 'BOTH';
export type Whistler = { name: string } | { all: WhistlerScope };

export const WHISTLE_KINDS = enumTable<WhistleKind>({
  群众诉求: ['群众诉求', '群众诉求类'],
  重点工作: ['重点工作', '重点工作类'],
  综合执法: ['综合执法', '综合执法类'],
  应急处置: ['应急处置', '应急处置类'],
});

export const WHISTLE_URGENCIES = enumTable<WhistleUrgency>({
  日常: ['日常', '日常哨'],
  攻坚: ['攻坚', '攻坚哨'],
  应急: ['应急', '应急哨'],
});

export interface WhistleRecord extends RecordSource {
  seqNo?: string;
  name: string;
  kind?: WhistleKind;
  urgency?: WhistleUrgency;
  whistlers: Whistler[];
  /** Empty is accepted: a matter without a lead is a finding for reviewers, not an import error. */
  lead: string[];
  cooperating: string[];
  neededPowers: PowerRef[];
  responseLimitMinutes?: number;
  closeLimitDays?: number;
  streetDuty?: string;
  remarks?: string;
}

const ALL_MARKERS: ReadonlyMap<string, WhistlerScope> = new Map(
  (
    [
      [['各街道', '全部街道', '所有街道', '各街道办事处'], 'STREET'],
      [['各乡镇', '全部乡镇', '所有乡镇', '各乡', '各镇'], 'TOWNSHIP'],
      [['各乡镇(街道)', '各乡镇街道', '各乡镇、街道', '各乡镇和街道', '全部乡镇(街道)', '所有乡镇(街道)'], 'BOTH'],
    ] as const
  ).flatMap(([labels, scope]) => labels.map((label) => [normalizeName(label), scope] as const)),
);

// A whole-cell marker first: "各乡镇、街道" must not split into 各乡镇 + 街道.
function whistlers(row: RowReader): Whistler[] {
  const cell = row.text('whistlers');
  if (cell === undefined) return [];
  const whole = ALL_MARKERS.get(normalizeName(cell));
  if (whole !== undefined) return [{ all: whole }];
  const scopes = new Set<WhistlerScope>();
  const names: Whistler[] = [];
  for (const part of row.list('whistlers')) {
    const scope = ALL_MARKERS.get(normalizeName(part));
    if (scope === undefined) names.push({ name: part });
    else scopes.add(scope);
  }
  if (scopes.size === 0) return names;
  const all: WhistlerScope = scopes.has('BOTH') || scopes.size > 1 ? 'BOTH' : ([...scopes][0] ?? 'BOTH');
  return [{ all }, ...names];
}

const MINUTES = { 分钟: 1, 分: 1, 小时: 60 } as const;
const DAYS = { 天: 1, 日: 1 } as const;

function build(row: RowReader): WhistleRecord[] {
  const name = row.required('name');
  const who = whistlers(row);
  if (who.length === 0) {
    const label = row.label('whistlers');
    row.report('error', 'whistlers', `${label}不能为空`, `whistlers (${label}) is required`);
  }
  const fields = compact({
    seqNo: row.text('seqNo'),
    kind: row.enumOf('kind', WHISTLE_KINDS),
    urgency: row.enumOf('urgency', WHISTLE_URGENCIES),
    responseLimitMinutes: row.int('responseLimitMinutes', { min: 0, units: MINUTES }),
    closeLimitDays: row.int('closeLimitDays', { min: 0, units: DAYS }),
    streetDuty: row.text('streetDuty'),
    remarks: row.text('remarks'),
  });
  if (name === undefined) return [];
  return [
    {
      ...row.source(),
      ...fields,
      name,
      whistlers: who,
      lead: row.list('lead'),
      cooperating: row.list('cooperating'),
      neededPowers: splitPowerRefs(row.text('neededPowers')),
    },
  ];
}

function whistlerKey(w: Whistler): string {
  return 'all' in w ? `*${w.all}` : normalizeName(w.name);
}

export function toWhistleRecords(sheets: SheetRecords[]): KindResult<WhistleRecord> {
  return runKind(sheets, {
    specs: WHISTLE_FIELDS,
    build,
    // The same matter may be listed once per street with different leads; only repeats are duplicates.
    identity: (r) => ({
      key: `${normalizeName(r.name)}|${r.whistlers.map(whistlerKey).sort().join('、')}`,
      text: `“${r.name}”`,
    }),
  });
}
