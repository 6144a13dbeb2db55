import { sheetOf } from '../../../test/fixtures/records/sheet-builder';
import { ORGANIZATION_FIELDS, toOrganizationRecords } from './organizations';
import { parseUscc, usccCheckChar } from './uscc';

const base = {
  name: '克拉玛依市 自然资源局',
  orgType: '政府部门',
  level: '市级',
  parent: '克拉玛依市人民政府',
  divisionCode: '650200',
  uscc: '91350100M000100Y43',
  validFrom: '2019-01-15',
  validTo: '',
  successor: '',
  remarks: '',
};

const run = (...rows: Record<string, string>[]) => toOrganizationRecords([sheetOf(ORGANIZATION_FIELDS, rows)]);

describe('parseUscc (GB 32100-2015)', () => {
  it.each(['91350100M000100Y43', '914403001922038216', '9144030071526726XG', '91110108551385082q'])(
    'accepts %s',
    (code) => {
      expect(parseUscc(code)).toEqual({ ok: true, value: code.toUpperCase() });
    },
  );

  it('computes the check character', () => {
    expect(usccCheckChar('9135010 0M000100Y4'.replace(' ', ''))).toBe('3');
  });

  it('rejects a wrong check character, a bad character and a wrong length', () => {
    expect(parseUscc('91350100M000100Y44')).toEqual({
      ok: false,
      message: '校验码错误（应为“3”）',
      messageEn: 'wrong check character (expected "3")',
    });
    expect(parseUscc('91350100M00010OY43')).toEqual({
      ok: false,
      message: '含有不允许的字符“O”',
      messageEn: 'contains the character "O", which is not allowed',
    });
    expect(parseUscc('91350100M000100Y4')).toEqual({
      ok: false,
      message: '应为18位，实为17位',
      messageEn: 'must be 18 characters, found 17',
    });
  });
});

describe('toOrganizationRecords', () => {
  it('types a complete row, keeping the display name and a whitespace-free matching key', () => {
    expect(run({ ...base, name: ' 克拉玛依市\u3000自然 资源局 ' })).toEqual({
      problems: [],
      records: [
        {
          source: { file: 'test.csv', sheet: 'Sheet1', row: 2 },
          rows: [2],
          raw: {},
          name: '克拉玛依市\u3000自然 资源局',
          nameKey: '克拉玛依市自然资源局',
          orgType: 'GOV_DEPT',
          rawOrgType: '政府部门',
          level: '市级',
          parent: '克拉玛依市人民政府',
          divisionCode: '650200',
          uscc: '91350100M000100Y43',
          validFrom: '2019-01-15',
        },
      ],
    });
  });

  it.each([
    ['政府部门', 'GOV_DEPT'],
    ['乡镇人民政府', 'TOWNSHIP_GOV'],
    ['镇政府', 'TOWNSHIP_GOV'],
    ['街道办事处', 'STREET_OFFICE'],
    ['法律法规授权组织', 'AUTHORIZED_ORG'],
    ['事业单位', 'PUBLIC_INSTITUTION'],
    ['垂直管理机构', 'VERTICAL_AGENCY'],
    ['内设机构', 'INTERNAL_UNIT'],
    ['综合行政执法队', 'ENFORCEMENT_TEAM'],
    ['enforcement_team', 'ENFORCEMENT_TEAM'],
  ])('maps 类型 %s to %s', (raw, type) => {
    expect(run({ ...base, orgType: raw }).records[0]?.orgType).toBe(type);
  });

  it('rejects an unknown type, a wrong USCC and a bad division code at their columns', () => {
    const { records, problems } = run({
      ...base,
      orgType: '人民团体',
      uscc: '91350100M000100Y44',
      divisionCode: '65020',
    });
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      [
        '类型',
        '类型“人民团体”无法识别，可选：政府部门、乡镇人民政府、街道办事处、法律法规授权组织、事业单位、垂直管理机构、内设机构、综合行政执法队',
      ],
      ['行政区划代码', '行政区划代码“65020”应为6、9或12位数字'],
      ['统一社会信用代码', '统一社会信用代码“91350100M000100Y44”校验码错误（应为“3”）'],
    ]);
  });

  it('requires 撤销日期 after 成立日期 and warns about a successor without it', () => {
    expect(run({ ...base, validTo: '2019-01-15' }).problems.map((p) => [p.column, p.message])).toEqual([
      ['撤销日期', '撤销日期（2019-01-15）应晚于成立日期（2019-01-15）'],
    ]);
    const { records, problems } = run({ ...base, successor: '克拉玛依市林业和草原局' });
    expect(records).toHaveLength(1);
    expect(problems.map((p) => [p.severity, p.column, p.message])).toEqual([
      ['warning', '继任机构', '填写了继任机构，但撤销日期为空'],
    ]);
  });

  it('keeps an abolished organization with its successor', () => {
    const [record] = run({ ...base, validTo: '2024.3.1', successor: '克拉玛依市林业和草原局' }).records;
    expect([record?.validTo, record?.successor]).toEqual(['2024-03-01', '克拉玛依市林业和草原局']);
  });

  it('reports the same name twice in a division, naming both rows, whatever the whitespace', () => {
    const { records, problems } = run(
      base,
      { ...base, name: '克拉玛依市自然资源局', uscc: '' },
      { ...base, uscc: '', divisionCode: '650202' },
    );
    expect(records.map((r) => r.source.row)).toEqual([2, 4]);
    expect(problems.map((p) => [p.row, p.message])).toEqual([[3, '与第2行重复：“克拉玛依市自然资源局”']]);
  });

  it('reports one USCC on two organizations', () => {
    const { problems } = run(base, { ...base, name: '克拉玛依市林业局' });
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, '统一社会信用代码', '统一社会信用代码“91350100M000100Y43”与第2行“克拉玛依市 自然资源局”重复'],
    ]);
  });

  it('rejects a parent chain that loops, and an organization that is its own parent', () => {
    const a = { ...base, name: '甲局', parent: '乙局', uscc: '' };
    const b = { ...base, name: '乙局', parent: '甲局', uscc: '' };
    const c = { ...base, name: '丙科', parent: '甲局', uscc: '' };
    const d = { ...base, name: '丁局', parent: '丁 局', uscc: '' };
    const { records, problems } = run(a, b, c, d);
    expect(records.map((r) => r.name)).toEqual(['丙科']);
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [5, '上级机构不能是本机构'],
      [2, '甲局的上级机构形成循环'],
      [3, '乙局的上级机构形成循环'],
    ]);
  });
});
