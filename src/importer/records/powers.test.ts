import type { SheetRecords, SourceLine, SourceRecord } from '../types';
import { parseLevel, splitAccountability, splitResponsibilities, splitSubNames, toPowerRecords } from './powers';

function record(...lines: Array<[number, Record<string, string>]>): SourceRecord {
  const sourceLines: SourceLine[] = lines.map(([row, fields]) => ({ row, fields, raw: {} }));
  const [first] = lines;
  return {
    location: { file: 'f.xlsx', sheet: 'S', row: first?.[0] ?? 0 },
    rows: lines.map(([row]) => row),
    fields: { ...first?.[1] },
    raw: {},
    lines: sourceLines,
  };
}

function sheet(records: SourceRecord[], name = 'S'): SheetRecords {
  return {
    file: 'f.xlsx',
    sheet: name,
    headerRow: 1,
    columns: { name: '事项名称', category: '权力类型', exercisedBy: '行使主体', seqNo: '序号' },
    records: records.map((r) => ({ ...r, location: { ...r.location, sheet: name } })),
    problems: [],
  };
}

const BASE = { seqNo: '1', name: '对无照经营的处罚', category: '行政处罚', exercisedBy: 'XX局' };

describe('toPowerRecords', () => {
  it('builds one record per item with code "/" as none and numbered stages', () => {
    const { records, problems } = toPowerRecords(
      [
        sheet([
          record([
            2,
            {
              ...BASE,
              code: '/',
              level: '地州市级',
              scope: '负责本级',
              responsibilities: '直接实施责任：\n1.立案责任：立案。\n2.调查取证责任：取证。',
              accountability: '有下列情形的：\n1.甲的；\n2.乙的。',
            },
          ]),
        ]),
      ],
      {},
    );
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    const [r] = records;
    expect(r?.code).toBeUndefined();
    expect(r?.ref).toBe('S!2');
    expect([r?.category, r?.rawCategory, r?.categoryFrom]).toEqual(['PUNISHMENT', '行政处罚', 'column']);
    expect([r?.level, r?.scope]).toEqual(['地州市级', '负责本级']);
    expect(r?.responsibilities).toEqual([
      { stage: '立案', group: '直接实施', text: '立案。' },
      { stage: '调查取证', group: '直接实施', text: '取证。' },
    ]);
    expect(r?.accountability).toEqual(['甲的；', '乙的。']);
    expect(r?.location).toEqual({ file: 'f.xlsx', sheet: 'S', row: 2 });
  });

  it('reports a row without a name and an unknown category as located errors and skips them', () => {
    const { records, problems } = toPowerRecords(
      [
        sheet([
          record([3, { seqNo: '1', category: '行政处罚', exercisedBy: 'XX局' }]),
          record([4, { ...BASE, category: '行政监管' }]),
        ]),
      ],
      {},
    );
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.severity, p.message, p.messageEn])).toEqual([
      [3, '事项名称', 'error', '缺少事项名称', 'The item has no name (事项名称)'],
      [4, '权力类型', 'error', '无法识别的权力类型“行政监管”', 'Unknown power category "行政监管"'],
    ]);
  });

  it('takes the category from the sheet name when the cell is empty, else reports it', () => {
    const noCategory = { seqNo: '1', name: '甲', exercisedBy: 'XX局' };
    const ok = toPowerRecords([sheet([record([2, noCategory])], '行政检查（1项）')], {});
    expect([ok.records[0]?.category, ok.records[0]?.categoryFrom]).toEqual(['INSPECTION', 'sheetName']);
    const bad = toPowerRecords([sheet([record([2, noCategory])], '附表1')], {});
    expect(bad.problems.map((p) => p.messageEn)).toEqual([
      'The power category is empty and the sheet name does not name one',
    ]);
  });

  it('falls back from 行使主体 to 责任主体 to --org, and reports none', () => {
    const { name, category, seqNo } = BASE;
    const run = (fields: Record<string, string>, org?: string) =>
      toPowerRecords([sheet([record([2, { seqNo, name, category, ...fields }])])], org !== undefined ? { org } : {});
    expect(run({ responsibleBody: '责任局' }, 'Org').records.map((r) => [r.exercisedBy, r.exercisedByFrom])).toEqual([
      ['责任局', 'responsibleBody'],
    ]);
    expect(run({}, 'Org').records.map((r) => [r.exercisedBy, r.exercisedByFrom])).toEqual([['Org', 'option']]);
    const none = run({});
    expect(none.records).toEqual([]);
    expect(none.problems.map((p) => [p.row, p.column, p.severity])).toEqual([[2, '行使主体', 'error']]);
  });

  it('turns two sub-item rows into a parent and two sub-items that inherit empty cells', () => {
    const { records, problems } = toPowerRecords(
      [
        sheet([
          record(
            [
              5,
              {
                ...BASE,
                name: '民办学校审批',
                category: '行政许可',
                subName: '1.设立审批',
                basis: '依据A',
                responsibilities: '受理',
              },
            ],
            [6, { subName: '2.变更审批', responsibilities: '审查' }],
          ),
        ]),
      ],
      {},
    );
    expect(problems).toEqual([]);
    expect(
      records.map((r) => [r.ref, r.parentRef, r.subItemCount, r.subName, r.basis, r.responsibilitiesText, r.rows]),
    ).toEqual([
      ['S!5', undefined, 2, undefined, undefined, undefined, [5, 6]],
      ['S!5/1', 'S!5', 0, '设立审批', '依据A', '受理', [5]],
      ['S!5/2', 'S!5', 0, '变更审批', '依据A', '审查', [6]],
    ]);
    expect(records.map((r) => [r.name, r.seqNo, r.category, r.exercisedBy])).toEqual([
      ['民办学校审批', '1', 'LICENSING', 'XX局'],
      ['民办学校审批', '1', 'LICENSING', 'XX局'],
      ['民办学校审批', '1', 'LICENSING', 'XX局'],
    ]);
  });

  it('keeps a single sub-item name on the item, and treats "无" as no sub-item', () => {
    const { records } = toPowerRecords(
      [sheet([record([2, { ...BASE, subName: '无照经营处罚' }]), record([3, { ...BASE, seqNo: '2', subName: '无' }])])],
      {},
    );
    expect(records.map((r) => [r.subName, r.subItemCount])).toEqual([
      ['无照经营处罚', 0],
      [undefined, 0],
    ]);
  });

  it('appends wrapped continuation text and compacts whitespace in names', () => {
    const { records } = toPowerRecords(
      [
        sheet([
          record(
            [2, { ...BASE, name: '对无照\n经营的 处罚', accountability: '1.甲的；' }],
            [3, { accountability: '2.乙的。' }],
          ),
        ]),
      ],
      {},
    );
    expect(records[0]?.name).toBe('对无照经营的处罚');
    expect(records[0]?.accountability).toEqual(['甲的；', '乙的。']);
    expect(records[0]?.levels).toHaveLength(1);
  });
});

describe('parseLevel', () => {
  it.each([
    [['地州市级', undefined], { level: '地州市级' }],
    [['地州\n市级', '负责本级'], { level: '地州市级', scope: '负责本级' }],
    [['地州市级。负责全市', undefined], { level: '地州市级', scope: '负责全市' }],
    [['负责市本级公共机构节能监督检查', undefined], { scope: '负责市本级公共机构节能监督检查' }],
    [['自治区级、地州市级', undefined], { level: '自治区级、地州市级' }],
    [[undefined, undefined], {}],
  ] as const)('%j -> %j', ([level, scope], expected) => {
    expect(parseLevel(level, scope)).toEqual(expected);
  });
});

describe('text splitting', () => {
  it('splits responsibilities without stages into plain items', () => {
    expect(splitResponsibilities('1.公示依据。\n2.依法审批。')).toEqual([
      { text: '公示依据。' },
      { text: '依法审批。' },
    ]);
  });

  it('drops the lead-in sentence from accountability cases', () => {
    expect(splitAccountability('因不履行职责，有下列情形的：\n1.甲；\n2.乙')).toEqual(['甲；', '乙']);
  });

  it('splits a sub-item cell with several numbered names', () => {
    expect(splitSubNames('1.新设采矿权审批     2.采矿权延续登记')).toEqual(['新设采矿权审批', '采矿权延续登记']);
    expect(splitSubNames('1.矿区范围争议裁决\n2.勘查范围争议裁决')).toEqual(['矿区范围争议裁决', '勘查范围争议裁决']);
    expect(splitSubNames('人力资源服务许可审批')).toEqual(['人力资源服务许可审批']);
  });
});
