/**
 * LenientItem // 包容审慎监管"四张清单"事项: no penalty, first offence, lighter or mitigated
 * penalty, no coercive measure, for a punishment or coercion power. IMPORT.md §5.
 */
import type { SheetRecords } from '../types';
import { enumTable, normalizeName, splitPowerRefs, type PowerRef } from './fields';
import { compact, runKind, type FieldSpec, type KindResult, type RecordSource, type RowReader } from './row-context';

export const LENIENT_FIELDS = [
  { field: 'seqNo', header: '序号' },
  { field: 'kind', header: '清单类型', required: true },
  { field: 'violation', header: '违法行为', required: true },
  { field: 'conditions', header: '适用条件' },
  { field: 'violationBasis', header: '违则依据' },
  { field: 'penaltyBasis', header: '罚则依据' },
  { field: 'lenientBasis', header: '从宽依据' },
  { field: 'department', header: '实施部门' },
  { field: 'relatedPowers', header: '关联权力' },
  { field: 'remarks', header: '备注' },
] as const satisfies readonly FieldSpec[];

export type LenientKind = 'NO_PENALTY' | 'FIRST_OFFENCE_NO_PENALTY' | 'LIGHTER' | 'MITIGATED' | 'NO_COERCION';

export const LENIENT_KINDS = enumTable<LenientKind>({
  NO_PENALTY: ['不予处罚', '不予行政处罚', '不予处罚清单', '不予行政处罚清单', '不予处罚事项'],
  FIRST_OFFENCE_NO_PENALTY: ['首违不罚', '首违不罚清单', '首次违法不予处罚', '首违不罚事项'],
  LIGHTER: ['从轻处罚', '从轻行政处罚', '从轻处罚清单', '从轻行政处罚清单', '从轻处罚事项'],
  MITIGATED: ['减轻处罚', '减轻行政处罚', '减轻处罚清单', '减轻行政处罚清单', '减轻处罚事项'],
  NO_COERCION: [
    '免予行政强制',
    '免于行政强制',
    '免予行政强制清单',
    '免于行政强制清单',
    '免予实施行政强制',
    '不予实施行政强制措施',
  ],
});

const KIND_LABELS: Readonly<Record<LenientKind, string>> = {
  NO_PENALTY: '不予处罚',
  FIRST_OFFENCE_NO_PENALTY: '首违不罚',
  LIGHTER: '从轻处罚',
  MITIGATED: '减轻处罚',
  NO_COERCION: '免予行政强制',
};

export interface LenientRecord extends RecordSource {
  seqNo?: string;
  kind: LenientKind;
  violation: string;
  conditions?: string;
  /** 违则依据: the provision the act violates (BASED_ON role VIOLATION when resolved). */
  violationBasis?: string;
  /** 罚则依据: the provision that sets the penalty (role PENALTY). */
  penaltyBasis?: string;
  /** 从宽依据: the provision that allows leniency (GROUND). */
  lenientBasis?: string;
  /** 实施部门: scopes the power reference when it is a name. */
  department?: string;
  relatedPowers: PowerRef[];
  remarks?: string;
}

function build(row: RowReader): LenientRecord[] {
  const kind = row.enumOf('kind', LENIENT_KINDS);
  if (kind === undefined) row.required('kind');
  const violation = row.required('violation');
  if (kind === undefined || violation === undefined) return [];
  return [
    {
      ...row.source(),
      ...compact({
        seqNo: row.text('seqNo'),
        conditions: row.text('conditions'),
        violationBasis: row.text('violationBasis'),
        penaltyBasis: row.text('penaltyBasis'),
        lenientBasis: row.text('lenientBasis'),
        department: row.text('department'),
        remarks: row.text('remarks'),
      }),
      kind,
      violation,
      relatedPowers: splitPowerRefs(row.text('relatedPowers')),
    },
  ];
}

export function toLenientRecords(sheets: SheetRecords[]): KindResult<LenientRecord> {
  return runKind(sheets, {
    specs: LENIENT_FIELDS,
    build,
    // One violation can sit in two lists (first offence, then lighter): kind is part of identity.
    identity: (r) => ({
      key: `${r.kind}|${normalizeName(r.department ?? '')}|${normalizeName(r.violation)}`,
      text: `${KIND_LABELS[r.kind]}“${r.violation}”`,
    }),
  });
}
