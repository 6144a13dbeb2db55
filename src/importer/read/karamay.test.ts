/**
 * Reads the 16 real Karamay lists (test/fixtures/karamay, see its README) end to end.
 *
 * Counting rule: one power is one item of the list — one 序号 (or, where 序号 is missing, one
 * 事项名称 that does not repeat the name above). Continuation rows (merged cells: wrapped text,
 * further exercising levels, further sub-items) never add a power. Sub-items (子项) are counted
 * separately: an item with two or more sub-items yields a parent record plus one record per
 * sub-item; an item with a single sub-item name is one record.
 *
 * Verified against the files by dumping every row (序号, 事项名称, 子项名称) and against the
 * counts in sheet names where present ("行政处罚（254项）"); the one difference is explained below.
 */
import { join } from 'node:path';
import { announcedCount } from '../../domain/categories';
import { toPowerRecords, type PowerRecord } from '../records/powers';
import { POWERS_SPEC } from './header-specs';
import { readFile } from './read-file';
import { KARAMAY_LISTS as EXPECTED } from '../../../test/fixtures/karamay/expected';

const DIR = join(__dirname, '../../../test/fixtures/karamay');


async function load(file: string) {
  const read = await readFile(join(DIR, file), POWERS_SPEC);
  return { read, ...toPowerRecords(read.sheets, {}) };
}

const items = (records: PowerRecord[]): PowerRecord[] => records.filter((r) => r.parentRef === undefined);

describe('the 16 Karamay lists', () => {
  it.each(EXPECTED)('%s (%s) has %i powers and %i sub-items, without errors', async (file, format, powers, subs) => {
    const { read, records, problems } = await load(file);
    expect(read.format).toBe(format);
    expect([...read.problems, ...problems].filter((p) => p.severity === 'error')).toEqual([]);
    expect(items(records)).toHaveLength(powers);
    expect(records.filter((r) => r.parentRef !== undefined)).toHaveLength(subs);
  });

  it('every sheet that announces a count in its name has that many powers, but for the "2,3" row', async () => {
    const counted: Array<[string, number | null, number]> = [];
    for (const file of [
      '2024年市农业农村局权责清单.xls',
      '国动办权责清单公示.xlsx',
      '克拉玛依市生态环境局2024年权责清单.xls',
    ]) {
      const { read, records } = await load(file);
      for (const sheet of read.sheets) {
        const n = items(records).filter((r) => r.location.sheet === sheet.sheet).length;
        counted.push([sheet.sheet, announcedCount(sheet.sheet), n]);
      }
    }
    expect(counted.filter(([, announced, n]) => announced !== n)).toEqual([['行政许可（11项）', 11, 10]]);
    expect(counted).toHaveLength(15);
  });

  it('warns about the repeated columns of 商务局 once each and about its item without 序号', async () => {
    const { read, problems } = await load('克拉玛依市商务局2024年权责清单.xlsx');
    expect(read.sheets[0]?.problems.map((p) => p.column)).toEqual(['责任事项依据', '追责对象范围', '追责情形', '备注']);
    expect(problems.map((p) => [p.row, p.severity, p.message])).toEqual([
      [22, 'warning', '事项“洗染业经营者备案”缺少序号'],
    ]);
  });

  it('takes the 地州市级 line of a three-level item and keeps the other levels', async () => {
    const { records } = await load('2024年市农业农村局权责清单.xls');
    const levy = records.find((r) => r.category === 'LEVY');
    expect(levy?.exercisedBy).toBe('地州市农业农村局');
    expect(levy?.undertakenBy).toBe('畜牧兽医科（渔政管理科）');
    expect(levy?.levels.map((l) => [l.level, l.exercisedBy, l.rows, l.primary])).toEqual([
      ['自治区级', '自治区农业农村厅', [2], false],
      ['县市区级', '县市区农业农村局', [3], false],
      ['地州市级', '地州市农业农村局', [4], true],
    ]);
  });

  it('derives the category from the sheet name where the cell is empty', async () => {
    const { records } = await load('2024年市农业农村局权责清单.xls');
    const derived = records.filter((r) => r.categoryFrom === 'sheetName').map((r) => [r.location.sheet, r.category]);
    expect(derived).toEqual([
      ['行政许可（11项）', 'LICENSING'],
      ['行政处罚（254项）', 'PUNISHMENT'],
      ['行政处罚（254项）', 'PUNISHMENT'],
      ['行政检查（ 17项）', 'INSPECTION'],
    ]);
  });

  it('splits a sub-item cell listing five numbered sub-items (自然资源局 序号 2)', async () => {
    const { records } = await load('克拉玛依市自然资源局2024年权责清单 (1).xls');
    const parent = records.find((r) => r.name === '开采矿产资源审批');
    expect(parent?.subItemCount).toBe(5);
    expect(records.filter((r) => r.parentRef === parent?.ref).map((r) => r.subName)).toEqual([
      '新设采矿权审批',
      '采矿权延续登记',
      '采矿权变更登记',
      '采矿权注销登记',
      '开采矿产资源划定矿区范围批准',
    ]);
  });

  it('keeps the extra 救助渠道 column of 科技局 raw', async () => {
    const { records } = await load('克拉玛依市科学技术局2024年权责清单.xls');
    expect(records.map((r) => Object.keys(r.raw))).toEqual([['救助渠道'], ['救助渠道'], ['救助渠道'], ['救助渠道']]);
    expect(records[0]?.accountabilityText?.split('因不履行或不正确履行行政职责')).toHaveLength(3);
  });
});
