import { sheetOf } from '../../../test/fixtures/records/sheet-builder';
import { DUTY_FIELDS, toDutyRecords } from './duties';

const base = {
  seqNo: '1',
  listKind: '配合履职',
  name: '违法建设巡查',
  township: '白碱滩镇',
  counterparts: '住房和城乡建设局、自然资源局',
  departmentDuty: '负责查处违法建设',
  townshipDuty: '发现、劝阻并报告',
  neededPowers: '',
  basis: '《城乡规划法》第六十五条',
  remarks: '',
};

const run = (...rows: Record<string, string>[]) => toDutyRecords([sheetOf(DUTY_FIELDS, rows)]);

describe('toDutyRecords', () => {
  it('types a complete row; the first counterpart is PRIMARY, the rest SECONDARY', () => {
    expect(run(base)).toEqual({
      problems: [],
      records: [
        {
          source: { file: 'test.csv', sheet: 'Sheet1', row: 2 },
          rows: [2],
          raw: {},
          seqNo: '1',
          listKind: 'COOPERATIVE',
          name: '违法建设巡查',
          township: '白碱滩镇',
          counterparts: [
            { name: '住房和城乡建设局', role: 'PRIMARY' },
            { name: '自然资源局', role: 'SECONDARY' },
          ],
          departmentDuty: '负责查处违法建设',
          townshipDuty: '发现、劝阻并报告',
          neededPowers: [],
          basis: '《城乡规划法》第六十五条',
        },
      ],
    });
  });

  it.each([
    ['基本履职', 'BASIC'],
    ['配合履职事项', 'COOPERATIVE'],
    ['上级部门收回', 'RECALLED'],
  ])('maps 清单类型 %s to %s', (raw, kind) => {
    expect(run({ ...base, listKind: raw }).records[0]?.listKind).toBe(kind);
  });

  it('rejects an unknown or empty 清单类型', () => {
    const { records, problems } = run({ ...base, listKind: '其他履职' }, { ...base, seqNo: '2', listKind: '' });
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, '清单类型', '清单类型“其他履职”无法识别，可选：基本履职、配合履职、上级部门收回'],
      [3, '清单类型', '清单类型不能为空'],
    ]);
  });

  it('takes the township from the options when the sheet has no such column, and otherwise requires it', () => {
    const sheet = sheetOf(DUTY_FIELDS, [base], { without: ['township'] });
    expect(toDutyRecords([sheet], { township: '乌尔禾镇' }).records[0]?.township).toBe('乌尔禾镇');
    expect(toDutyRecords([sheet]).problems.map((p) => [p.column, p.message])).toEqual([
      [undefined, '乡镇(街道)不能为空'],
    ]);
  });

  it('expands several townships to one record each', () => {
    expect(run({ ...base, township: '白碱滩镇、乌尔禾镇' }).records.map((r) => r.township)).toEqual([
      '白碱滩镇',
      '乌尔禾镇',
    ]);
  });

  it('reads needed powers', () => {
    expect(run({ ...base, neededPowers: '对违法建设的处罚；650200207CF00200' }).records[0]?.neededPowers).toEqual([
      { name: '对违法建设的处罚' },
      { code: '650200207CF00200' },
    ]);
  });

  it('reports the same duty of the same township twice, naming both rows', () => {
    const { problems } = run(base, { ...base, seqNo: '2', name: '违法建设 巡查' });
    expect(problems.map((p) => [p.row, p.message])).toEqual([[3, '与第2行重复：白碱滩镇“违法建设 巡查”（配合履职）']]);
  });
});
