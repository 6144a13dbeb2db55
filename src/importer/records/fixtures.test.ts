/**
 * Proves what test/fixtures/records/*.csv contain, so the integration tests can rely on it.
 * The CSV is read here with a minimal stand-in for the reader (header row 1, exact headers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { SheetRecords } from '../types';
import { DIVISION_FIELDS, toDivisionRecords } from './divisions';
import { DUTY_FIELDS, toDutyRecords } from './duties';
import { ENFORCEMENT_FIELDS, toEnforcementRecords } from './enforcement';
import { normalizeName } from './fields';
import { LENIENT_FIELDS, toLenientRecords } from './lenient';
import { ORGANIZATION_FIELDS, toOrganizationRecords } from './organizations';
import type { FieldSpec } from './row-context';
import { WHISTLE_FIELDS, toWhistleRecords } from './whistle';

const DIR = join(__dirname, '../../../test/fixtures/records');

function readFixture(name: string, specs: readonly FieldSpec[]): SheetRecords[] {
  const table: string[][] = parse(readFileSync(join(DIR, name), 'utf8'));
  const header: string[] = table[0] ?? [];
  const rows = table.slice(1);
  const fieldAt = header.map((h) => specs.find((s) => normalizeName(s.header) === normalizeName(h))?.field);
  const columns = Object.fromEntries(header.flatMap((h, i) => (fieldAt[i] === undefined ? [] : [[fieldAt[i], h]])));
  const records = rows.map((cells, i) => ({
    location: { file: name, sheet: 'Sheet1', row: i + 2 },
    rows: [i + 2],
    fields: Object.fromEntries(cells.flatMap((c, j) => (fieldAt[j] === undefined ? [] : [[fieldAt[j], c.trim()]]))),
    raw: {},
  }));
  return [{ file: name, sheet: 'Sheet1', headerRow: 1, columns, records, problems: [] }];
}

type Summary = [number, string | undefined, string][];
const errors = (problems: { row: number; column?: string; message: string; severity: string }[]): Summary =>
  problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column, p.message]);

describe('record fixtures', () => {
  it('divisions-valid.csv: 8 divisions, no problem', () => {
    const result = toDivisionRecords(readFixture('divisions-valid.csv', DIVISION_FIELDS));
    expect([result.records.length, result.problems]).toEqual([8, []]);
  });

  it('divisions-invalid.csv: every kind of division error', () => {
    const result = toDivisionRecords(readFixture('divisions-invalid.csv', DIVISION_FIELDS));
    expect(errors(result.problems)).toEqual([
      [4, '行政区划代码', '行政区划代码“65020”应为6、9或12位数字'],
      [5, '层级', '层级“区县市”无法识别，可选：省、市、县、乡、街道'],
      [7, undefined, '与第3行重复：行政区划代码“650200”'],
      [8, '上级区划代码', '行政区划“650206”的上级区划形成循环'],
      [9, '上级区划代码', '行政区划“650207”的上级区划形成循环'],
      [6, '上级区划代码', '上级区划代码“659999”不在本文件中'],
    ]);
  });

  it('organizations-valid.csv: 8 organizations, no problem', () => {
    const result = toOrganizationRecords(readFixture('organizations-valid.csv', ORGANIZATION_FIELDS));
    expect([result.records.length, result.problems]).toEqual([8, []]);
  });

  it('organizations-invalid.csv: every kind of organization error', () => {
    const result = toOrganizationRecords(readFixture('organizations-invalid.csv', ORGANIZATION_FIELDS));
    expect(errors(result.problems)).toEqual([
      [2, '统一社会信用代码', '统一社会信用代码“91350100M000100Y44”校验码错误（应为“3”）'],
      [
        3,
        '类型',
        '类型“人民团体”无法识别，可选：政府部门、乡镇人民政府、街道办事处、法律法规授权组织、事业单位、垂直管理机构、内设机构、综合行政执法队',
      ],
      [4, '撤销日期', '撤销日期（2002-03-01）应晚于成立日期（2019-01-15）'],
      [5, '成立日期', '成立日期“2023-02-30”日期无效'],
      [5, '行政区划代码', '行政区划代码“65020”应为6、9或12位数字'],
      [7, undefined, '与第6行重复：“克拉玛依市 档案馆”'],
      [8, '名称', '名称不能为空'],
      [9, '上级机构', '甲科的上级机构形成循环'],
      [10, '上级机构', '乙科的上级机构形成循环'],
    ]);
    expect(result.records.map((r) => r.source.row)).toEqual([6]);
  });

  it('enforcement-valid.csv: 6 rows, 7 hand-overs (row 2 names two streets), only the defaulted-name warning', () => {
    const result = toEnforcementRecords(readFixture('enforcement-valid.csv', ENFORCEMENT_FIELDS));
    expect(
      result.records.map((r) => [r.source.row, r.toTownship, r.mode, r.actsInNameOf, r.status, r.validFrom]),
    ).toEqual([
      [2, '天山路街道', 'GRANT', 'SELF', 'ACTIVE', '2024-07-01'],
      [2, '胜利路街道', 'GRANT', 'SELF', 'ACTIVE', '2024-07-01'],
      [3, '天山路街道', 'GRANT', 'SELF', 'ACTIVE', '2024-07-01'],
      [4, '白碱滩镇', 'ENTRUST', 'DELEGATOR', 'RECALLED', '2023-03-01'],
      [5, '白碱滩镇', 'AUTHORIZE', 'SELF', 'ACTIVE', '2024-07-01'],
      [6, '胜利路街道', 'SECONDMENT', 'SELF', 'ACTIVE', '2024-07-01'],
      [7, '天山路街道', 'CONCENTRATED', 'SELF', 'ACTIVE', '2022-01-01'],
    ]);
    expect(result.problems.map((p) => [p.row, p.severity, p.column])).toEqual([[3, 'warning', '实施名义']]);
  });

  it('enforcement-invalid.csv: every kind of enforcement error', () => {
    const result = toEnforcementRecords(readFixture('enforcement-invalid.csv', ENFORCEMENT_FIELDS));
    expect(errors(result.problems)).toEqual([
      [2, '赋权方式', '赋权方式“下沉”无法识别，可选：赋权、委托、授权、派驻、联合执法、相对集中'],
      [3, '失效日期', '状态为“已收回”，但失效日期为空'],
      [4, '失效日期', '失效日期（2024-06-30）早于生效日期（2024-07-01）'],
      [5, '是否公布', '是否公布“待定”应为“是”或“否”'],
      [5, '生效日期', '生效日期“2022-13-45”日期无效'],
      [7, '事项名称', '事项名称不能为空'],
      [7, '承接乡镇(街道)', '承接乡镇(街道)不能为空'],
    ]);
    expect(result.records.map((r) => r.source.row)).toEqual([6]);
  });

  it('whistle-valid.csv: 5 matters, no problem, one without a lead', () => {
    const result = toWhistleRecords(readFixture('whistle-valid.csv', WHISTLE_FIELDS));
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => [r.whistlers, r.lead.length, r.responseLimitMinutes])).toEqual([
      [[{ all: 'STREET' }], 1, 30],
      [[{ name: '天山路街道' }, { name: '胜利路街道' }], 1, 60],
      [[{ all: 'BOTH' }], 1, 15],
      [[{ name: '胜利路街道' }], 0, 120],
      [[{ all: 'TOWNSHIP' }], 1, 120],
    ]);
  });

  it('whistle-invalid.csv: every kind of whistle error', () => {
    const result = toWhistleRecords(readFixture('whistle-invalid.csv', WHISTLE_FIELDS));
    expect(errors(result.problems)).toEqual([
      [2, '哨型', '哨型“特急”无法识别，可选：日常、攻坚、应急'],
      [3, '事项类别', '事项类别“其他”无法识别，可选：群众诉求、重点工作、综合执法、应急处置'],
      [4, '吹哨主体', '吹哨主体不能为空'],
      [5, '报到时限(分钟)', '报到时限(分钟)“半小时”应为整数'],
      [5, '办结时限(天)', '办结时限(天)“1.5”应为整数'],
    ]);
    expect(result.records.map((r) => r.source.row)).toEqual([6]);
  });

  it('duties-valid.csv: 5 rows, 6 duty items (row 6 names two townships), no problem', () => {
    const result = toDutyRecords(readFixture('duties-valid.csv', DUTY_FIELDS));
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => [r.listKind, r.township, r.counterparts.length])).toEqual([
      ['BASIC', '白碱滩镇', 1],
      ['COOPERATIVE', '白碱滩镇', 2],
      ['COOPERATIVE', '天山路街道', 1],
      ['RECALLED', '白碱滩镇', 1],
      ['BASIC', '白碱滩镇', 1],
      ['BASIC', '小拐乡', 1],
    ]);
  });

  it('duties-invalid.csv: every kind of duty error', () => {
    const result = toDutyRecords(readFixture('duties-invalid.csv', DUTY_FIELDS));
    expect(errors(result.problems)).toEqual([
      [2, '清单类型', '清单类型“其他履职”无法识别，可选：基本履职、配合履职、上级部门收回'],
      [3, '事项名称', '事项名称不能为空'],
      [4, '乡镇(街道)', '乡镇(街道)不能为空'],
      [6, undefined, '与第5行重复：白碱滩镇“违法建设 巡查”（配合履职）'],
    ]);
    expect(result.records.map((r) => r.source.row)).toEqual([5]);
  });

  it('lenient-valid.csv: 6 items, no problem', () => {
    const result = toLenientRecords(readFixture('lenient-valid.csv', LENIENT_FIELDS));
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => r.kind)).toEqual([
      'FIRST_OFFENCE_NO_PENALTY',
      'NO_PENALTY',
      'LIGHTER',
      'MITIGATED',
      'NO_COERCION',
      'FIRST_OFFENCE_NO_PENALTY',
    ]);
  });

  it('lenient-invalid.csv: every kind of lenient error', () => {
    const result = toLenientRecords(readFixture('lenient-invalid.csv', LENIENT_FIELDS));
    expect(errors(result.problems)).toEqual([
      [2, '清单类型', '清单类型“从重处罚”无法识别，可选：不予处罚、首违不罚、从轻处罚、减轻处罚、免予行政强制'],
      [3, '违法行为', '违法行为不能为空'],
      [4, '清单类型', '清单类型不能为空'],
      [6, undefined, '与第5行重复：不予处罚“未按规定标明价格”'],
    ]);
    expect(result.records.map((r) => r.source.row)).toEqual([5]);
  });
});
