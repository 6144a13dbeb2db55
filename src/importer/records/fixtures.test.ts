/**
 * What test/fixtures/records/*.csv yield through the real reader (readFile + the kind's header
 * spec) and the kind's records layer: exact record counts and every located problem
 * (file:sheet:row:column). The integration tests rely on these files.
 */
import { join, relative } from 'node:path';
import {
  DIVISIONS_SPEC,
  DUTIES_SPEC,
  ENFORCEMENT_SPEC,
  LENIENT_SPEC,
  ORGANIZATIONS_SPEC,
  WHISTLE_SPEC,
} from '../read/header-specs';
import type { HeaderSpec } from '../read/header-spec';
import { readFile } from '../read/read-file';
import type { ImportProblem, SheetRecords } from '../types';
import { toDivisionRecords } from './divisions';
import { toDutyRecords } from './duties';
import { toEnforcementRecords } from './enforcement';
import { toLenientRecords } from './lenient';
import { toOrganizationRecords } from './organizations';
import { toWhistleRecords } from './whistle';

const ROOT = join(__dirname, '../../..');
const DIR = join(ROOT, 'test/fixtures/records');

/** Reads a fixture; the reader itself must find nothing wrong with it. */
async function sheetsOf(name: string, spec: HeaderSpec): Promise<SheetRecords[]> {
  const read = await readFile(join(DIR, name), spec);
  expect([read.format, read.skippedSheets, read.problems, read.sheets.flatMap((s) => s.problems)]).toEqual([
    'csv',
    [],
    [],
    [],
  ]);
  return read.sheets;
}

/** "file:sheet:row:column severity message", the file relative to the repository. */
const located = (problems: readonly ImportProblem[]): string[] =>
  problems.map((p) => `${relative(ROOT, p.file)}:${p.sheet}:${p.row}:${p.column ?? ''} ${p.severity} ${p.message}`);

const at = (name: string): string => `test/fixtures/records/${name}.csv:${name}`;

describe('record fixtures through the real reader', () => {
  it('divisions: 8 valid divisions; every kind of division error', async () => {
    const valid = toDivisionRecords(await sheetsOf('divisions-valid.csv', DIVISIONS_SPEC));
    expect([valid.records.length, valid.problems]).toEqual([8, []]);

    const invalid = toDivisionRecords(await sheetsOf('divisions-invalid.csv', DIVISIONS_SPEC));
    const f = at('divisions-invalid');
    expect(located(invalid.problems)).toEqual([
      `${f}:4:行政区划代码 error 行政区划代码“65020”应为6、9或12位数字`,
      `${f}:5:层级 error 层级“区县市”无法识别，可选：省、市、县、乡、街道`,
      `${f}:7: error 与第3行重复：行政区划代码“650200”`,
      `${f}:8:上级区划代码 error 行政区划“650206”的上级区划形成循环`,
      `${f}:9:上级区划代码 error 行政区划“650207”的上级区划形成循环`,
      `${f}:6:上级区划代码 error 上级区划代码“659999”不在本文件中`,
    ]);
    expect(invalid.records.map((r) => r.source.row)).toEqual([2, 3]);
  });

  it('organizations: 8 valid organizations; every kind of organization error', async () => {
    const valid = toOrganizationRecords(await sheetsOf('organizations-valid.csv', ORGANIZATIONS_SPEC));
    expect([valid.records.length, valid.problems]).toEqual([8, []]);

    const invalid = toOrganizationRecords(await sheetsOf('organizations-invalid.csv', ORGANIZATIONS_SPEC));
    const f = at('organizations-invalid');
    expect(located(invalid.problems)).toEqual([
      `${f}:2:统一社会信用代码 error 统一社会信用代码“91350100M000100Y44”校验码错误（应为“3”）`,
      `${f}:3:类型 error 类型“人民团体”无法识别，可选：政府部门、乡镇人民政府、街道办事处、法律法规授权组织、事业单位、垂直管理机构、内设机构、综合行政执法队`,
      `${f}:4:撤销日期 error 撤销日期（2002-03-01）应晚于成立日期（2019-01-15）`,
      `${f}:5:成立日期 error 成立日期“2023-02-30”日期无效`,
      `${f}:5:行政区划代码 error 行政区划代码“65020”应为6、9或12位数字`,
      `${f}:7: error 与第6行重复：“克拉玛依市 档案馆”`,
      `${f}:8:名称 error 名称不能为空`,
      `${f}:9:上级机构 error 甲科的上级机构形成循环`,
      `${f}:10:上级机构 error 乙科的上级机构形成循环`,
    ]);
    expect(invalid.records.map((r) => r.source.row)).toEqual([6]);
  });

  it('enforcement: 6 valid rows give 7 hand-overs; every kind of enforcement error', async () => {
    const valid = toEnforcementRecords(await sheetsOf('enforcement-valid.csv', ENFORCEMENT_SPEC));
    expect(
      valid.records.map((r) => [r.source.row, r.toTownship, r.mode, r.actsInNameOf, r.status, r.validFrom]),
    ).toEqual([
      [2, '天山路街道', 'GRANT', 'SELF', 'ACTIVE', '2024-07-01'],
      [2, '胜利路街道', 'GRANT', 'SELF', 'ACTIVE', '2024-07-01'],
      [3, '天山路街道', 'GRANT', 'SELF', 'ACTIVE', '2024-07-01'],
      [4, '白碱滩镇', 'ENTRUST', 'DELEGATOR', 'RECALLED', '2023-03-01'],
      [5, '白碱滩镇', 'AUTHORIZE', 'SELF', 'ACTIVE', '2024-07-01'],
      [6, '胜利路街道', 'SECONDMENT', 'SELF', 'ACTIVE', '2024-07-01'],
      [7, '天山路街道', 'CONCENTRATED', 'SELF', 'ACTIVE', '2022-01-01'],
    ]);
    expect(valid.records.map((r) => [r.originalCode, r.evaluationDue])[0]).toEqual(['650203207CF00100', '2026-07-01']);
    expect(located(valid.problems)).toEqual([
      `${at('enforcement-valid')}:3:实施名义 warning 实施名义为空，按赋权方式默认为“本机关”`,
    ]);

    const invalid = toEnforcementRecords(await sheetsOf('enforcement-invalid.csv', ENFORCEMENT_SPEC));
    const f = at('enforcement-invalid');
    expect(located(invalid.problems)).toEqual([
      `${f}:2:赋权方式 error 赋权方式“下沉”无法识别，可选：赋权、委托、授权、派驻、联合执法、相对集中`,
      `${f}:3:失效日期 error 状态为“已收回”，但失效日期为空`,
      `${f}:3:实施名义 warning 实施名义为空，按赋权方式默认为“原实施部门”`,
      `${f}:4:失效日期 error 失效日期（2024-06-30）早于生效日期（2024-07-01）`,
      `${f}:5:是否公布 error 是否公布“待定”应为“是”或“否”`,
      `${f}:5:生效日期 error 生效日期“2022-13-45”日期无效`,
      `${f}:7:事项名称 error 事项名称不能为空`,
      `${f}:7:承接乡镇(街道) error 承接乡镇(街道)不能为空`,
    ]);
    expect(invalid.records.map((r) => r.source.row)).toEqual([6]);
  });

  it('whistle: 5 valid matters (one without a lead is not a problem); every kind of whistle error', async () => {
    const valid = toWhistleRecords(await sheetsOf('whistle-valid.csv', WHISTLE_SPEC));
    expect(valid.problems).toEqual([]);
    expect(
      valid.records.map((r) => [
        r.kind,
        r.whistlers,
        r.lead.length,
        r.cooperating.length,
        r.neededPowers.length,
        r.responseLimitMinutes,
      ]),
    ).toEqual([
      ['综合执法', [{ all: 'STREET' }], 1, 2, 1, 30],
      ['综合执法', [{ name: '天山路街道' }, { name: '胜利路街道' }], 1, 1, 1, 60],
      ['应急处置', [{ all: 'BOTH' }], 1, 2, 0, 15],
      ['群众诉求', [{ name: '胜利路街道' }], 0, 1, 0, 120],
      ['重点工作', [{ all: 'TOWNSHIP' }], 1, 2, 0, 120],
    ]);

    const invalid = toWhistleRecords(await sheetsOf('whistle-invalid.csv', WHISTLE_SPEC));
    const f = at('whistle-invalid');
    expect(located(invalid.problems)).toEqual([
      `${f}:2:哨型 error 哨型“特急”无法识别，可选：日常、攻坚、应急`,
      `${f}:3:事项类别 error 事项类别“其他”无法识别，可选：群众诉求、重点工作、综合执法、应急处置`,
      `${f}:4:吹哨主体 error 吹哨主体不能为空`,
      `${f}:5:报到时限(分钟) error 报到时限(分钟)“半小时”应为整数`,
      `${f}:5:办结时限(天) error 办结时限(天)“1.5”应为整数`,
    ]);
    expect(invalid.records.map((r) => r.source.row)).toEqual([6]);
  });

  it('duties: 5 valid rows give 6 duty items; every kind of duty error', async () => {
    const valid = toDutyRecords(await sheetsOf('duties-valid.csv', DUTIES_SPEC));
    expect(valid.problems).toEqual([]);
    expect(valid.records.map((r) => [r.listKind, r.township, r.counterparts.length, r.neededPowers.length])).toEqual([
      ['BASIC', '白碱滩镇', 1, 0],
      ['COOPERATIVE', '白碱滩镇', 2, 1],
      ['COOPERATIVE', '天山路街道', 1, 0],
      ['RECALLED', '白碱滩镇', 1, 1],
      ['BASIC', '白碱滩镇', 1, 1],
      ['BASIC', '小拐乡', 1, 1],
    ]);

    const invalid = toDutyRecords(await sheetsOf('duties-invalid.csv', DUTIES_SPEC));
    const f = at('duties-invalid');
    expect(located(invalid.problems)).toEqual([
      `${f}:2:清单类型 error 清单类型“其他履职”无法识别，可选：基本履职、配合履职、上级部门收回`,
      `${f}:3:事项名称 error 事项名称不能为空`,
      `${f}:4:乡镇(街道) error 乡镇(街道)不能为空`,
      `${f}:6: error 与第5行重复：白碱滩镇“违法建设 巡查”（配合履职）`,
    ]);
    expect(invalid.records.map((r) => r.source.row)).toEqual([5]);
  });

  it('lenient: 6 valid items of all five kinds; every kind of lenient error', async () => {
    const valid = toLenientRecords(await sheetsOf('lenient-valid.csv', LENIENT_SPEC));
    expect(valid.problems).toEqual([]);
    expect(valid.records.map((r) => [r.kind, r.lenientBasis !== undefined, r.relatedPowers.length])).toEqual([
      ['FIRST_OFFENCE_NO_PENALTY', true, 1],
      ['NO_PENALTY', true, 0],
      ['LIGHTER', true, 1],
      ['MITIGATED', true, 0],
      ['NO_COERCION', true, 1],
      ['FIRST_OFFENCE_NO_PENALTY', false, 0],
    ]);

    const invalid = toLenientRecords(await sheetsOf('lenient-invalid.csv', LENIENT_SPEC));
    const f = at('lenient-invalid');
    expect(located(invalid.problems)).toEqual([
      `${f}:2:清单类型 error 清单类型“从重处罚”无法识别，可选：不予处罚、首违不罚、从轻处罚、减轻处罚、免予行政强制`,
      `${f}:3:违法行为 error 违法行为不能为空`,
      `${f}:4:清单类型 error 清单类型不能为空`,
      `${f}:6: error 与第5行重复：不予处罚“未按规定标明价格”`,
    ]);
    expect(invalid.records.map((r) => r.source.row)).toEqual([5]);
  });
});
