import { sheetOf } from '../../../test/fixtures/records/sheet-builder';
import { DIVISION_FIELDS, toDivisionRecords } from './divisions';

const rows = [
  { code: '650000', name: '新疆维吾尔自治区', level: '省', parentCode: '' },
  { code: '650200', name: '克拉玛依市', level: '市', parentCode: '650000' },
  { code: '650203', name: '克拉玛依区', level: '区', parentCode: '650200' },
  { code: '650203002', name: '天山路街道', level: '街道', parentCode: '650203' },
  { code: '650204100', name: '白碱滩镇', level: 'TOWNSHIP', parentCode: '650200' },
];

const run = (...list: Record<string, string>[]) => toDivisionRecords([sheetOf(DIVISION_FIELDS, list)]);

describe('toDivisionRecords', () => {
  it('types valid rows', () => {
    const { records, problems } = run(...rows);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.code, r.name, r.level, r.parentCode])).toEqual([
      ['650000', '新疆维吾尔自治区', 'PROVINCE', undefined],
      ['650200', '克拉玛依市', 'CITY', '650000'],
      ['650203', '克拉玛依区', 'COUNTY', '650200'],
      ['650203002', '天山路街道', 'STREET', '650203'],
      ['650204100', '白碱滩镇', 'TOWNSHIP', '650200'],
    ]);
    expect(records[0]).toEqual({
      source: { file: 'test.csv', sheet: 'Sheet1', row: 2 },
      rows: [2],
      raw: {},
      code: '650000',
      name: '新疆维吾尔自治区',
      level: 'PROVINCE',
      rawLevel: '省',
    });
  });

  it('rejects codes that are not 6, 9 or 12 digits and unknown levels', () => {
    const { records, problems } = run({ code: '65020', name: '甲', level: '村', parentCode: '' });
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      ['行政区划代码', '行政区划代码“65020”应为6、9或12位数字'],
      ['层级', '层级“村”无法识别，可选：省、市、县、乡、街道'],
    ]);
  });

  it('rejects a parent not in the file, and the children of a rejected row in cascade', () => {
    const { records, problems } = run(
      rows[0] as Record<string, string>,
      { code: '650200', name: '克拉玛依市', level: '都', parentCode: '650000' },
      rows[2] as Record<string, string>,
      rows[3] as Record<string, string>,
      { code: '650400', name: '吐鲁番市', level: '市', parentCode: '659999' },
    );
    expect(records.map((r) => r.code)).toEqual(['650000']);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, '层级', '层级“都”无法识别，可选：省、市、县、乡、街道'],
      [4, '上级区划代码', '上级区划“650200”所在行未通过校验'],
      [6, '上级区划代码', '上级区划代码“659999”不在本文件中'],
      [5, '上级区划代码', '上级区划“650203”所在行未通过校验'],
    ]);
  });

  it('rejects a cycle and a division that is its own parent', () => {
    const { records, problems } = run(
      { code: '110000', name: '甲', level: '省', parentCode: '120000' },
      { code: '120000', name: '乙', level: '省', parentCode: '110000' },
      { code: '130000', name: '丙', level: '省', parentCode: '130000' },
    );
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [4, '上级区划代码不能是本区划'],
      [2, '行政区划“110000”的上级区划形成循环'],
      [3, '行政区划“120000”的上级区划形成循环'],
    ]);
  });

  it('reports a code listed twice, naming both rows', () => {
    const { problems } = run(rows[0] as Record<string, string>, {
      code: '650000',
      name: '新疆',
      level: '省',
      parentCode: '',
    });
    expect(problems.map((p) => [p.row, p.message])).toEqual([[3, '与第2行重复：行政区划代码“650000”']]);
  });
});
