import type { PowerRecord } from '../records/powers';
import { creditRows } from './credit';
import { splitUnits } from './plan';
import { isTemplateBody, listClues, namesOwner, ownerInText } from './list-owner';
import { listValidFrom } from './valid-from';

function rec(exercisedBy: string, row: number, from: PowerRecord['exercisedByFrom'] = 'column'): PowerRecord {
  return {
    ref: `S!${row}`,
    subItemCount: 0,
    name: `事项${row}`,
    category: 'PUNISHMENT',
    rawCategory: '行政处罚',
    categoryFrom: 'column',
    exercisedBy,
    exercisedByFrom: from,
    responsibilities: [],
    accountability: [],
    levels: [],
    location: { file: 'x.xlsx', sheet: 'S', row },
    rows: [row],
    raw: {},
  };
}

describe('the owner and year of a list', () => {
  it('reads the owner from a title row, a 部门名称 line or a file name, and refuses a 系统 or 指导目录 title', () => {
    expect(ownerInText('克拉玛依市商务局2024年权责清单')).toBe('克拉玛依市商务局');
    expect(ownerInText('2024年市农业农村局权责清单')).toBe('市农业农村局');
    expect(ownerInText('部门名称：市机关事务管理局')).toBe('市机关事务管理局');
    expect(ownerInText('附件：克拉玛依市市场监督管理局2024年权责清单')).toBe('克拉玛依市市场监督管理局');
    expect(ownerInText('住房和城乡建设系统区地县三级权责清单指导目录')).toBeUndefined();
    expect(ownerInText('克拉玛依市人防系统权责清单指导目录（行政检查类）')).toBeUndefined();
  });

  it('takes the title before the file name, and the year from either', () => {
    expect(listClues(['克拉玛依市商务局2024年权责清单'], '/d/商务.xlsx')).toEqual({
      owner: { name: '克拉玛依市商务局', from: 'title' },
      year: { year: '2024', from: 'title' },
    });
    expect(listClues(['住房和城乡建设系统区地县三级权责清单指导目录'], '/d/克拉玛依市住房和城乡建设局2024年权责清单.xls')).toEqual({
      owner: { name: '克拉玛依市住房和城乡建设局', from: 'fileName' },
      year: { year: '2024', from: 'fileName' },
    });
    expect(listClues([], '/d/国动办权责清单公示.xlsx')).toEqual({ owner: { name: '国动办', from: 'fileName' } });
  });

  it('dates a list from --valid-from, else its year, else today with a warning', () => {
    expect(listValidFrom('2023-05-01', { year: { year: '2024', from: 'title' } })).toMatchObject({ date: '2023-05-01', from: 'option' });
    expect(listValidFrom(undefined, { year: { year: '2024', from: 'fileName' } })).toMatchObject({ date: '2024-01-01', from: 'fileName' });
    const none = listValidFrom(undefined, {});
    expect(none.from).toBe('today');
    expect(none.problems('f.xlsx', 'S')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('--valid-from') })]);
  });

  it('knows template bodies from names', () => {
    for (const t of ['地州市商务主管部门', '各区自然资源分局', '克拉玛依市自然资源局各区自然资源分局', '县市区林业和草原局', '市人民政府（克拉玛依市自然资源局承办）']) {
      expect(isTemplateBody(t)).toBe(true);
    }
    for (const n of ['克拉玛依市商务局', '市人力资源和社会保障局', '克拉玛依市人民政府']) expect(isTemplateBody(n)).toBe(false);
  });

  it('recognises short, bracketed and abbreviated names of the owner', () => {
    expect(namesOwner('市人力资源和社会保障局', '克拉玛依市人力资源和社会保障局')).toBe(true);
    expect(namesOwner('市委宣传部（新闻出版局、版权局）', '克拉玛依市委宣传部')).toBe(true);
    expect(namesOwner('克拉玛依市委办公室（市档案局）', '克拉玛依市档案局')).toBe(true);
    expect(namesOwner('市科技局', '克拉玛依市科学技术局')).toBe(true);
    expect(namesOwner('市场监督管理局', '克拉玛依市市场监督管理局')).toBe(true);
    expect(namesOwner('市人民政府', '克拉玛依市科学技术局')).toBe(false);
  });
});

describe('creditRows', () => {
  const clues = { owner: { name: '克拉玛依市商务局', from: 'title' as const } };

  it('credits template and short-name rows to the owner, and a bare 市人民政府 to the city government', () => {
    const { credited, records, problems } = creditRows(
      [rec('地州市商务主管部门', 2), rec('市商务局', 3), rec('市人民政府', 4)],
      { clues },
    );
    expect(problems).toEqual([]);
    expect(records.map((r) => r.exercisedBy)).toEqual(['克拉玛依市商务局', '克拉玛依市商务局', '克拉玛依市人民政府']);
    expect(credited).toEqual([
      { name: '克拉玛依市商务局', rows: 2 },
      { name: '克拉玛依市人民政府', rows: 1 },
    ]);
  });

  it('lets --org override every cell', () => {
    const { records } = creditRows([rec('地州市商务主管部门', 2), rec('克拉玛依市人民政府', 3)], { org: '某某局', clues });
    expect(records.map((r) => r.exercisedBy)).toEqual(['某某局', '某某局']);
  });

  it('refuses a template no title or file name places, naming its row, instead of creating an organization', () => {
    const { records, problems } = creditRows([rec('地州市商务主管部门', 7), rec('克拉玛依市商务局', 8)], { clues: {} });
    expect(records.map((r) => r.exercisedBy)).toEqual(['克拉玛依市商务局']);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', row: 7, column: '行使主体', message: expect.stringContaining('地州市商务主管部门') }),
    ]);
  });

  it('prefers the full name its rows write over a file name abbreviation (国动办)', () => {
    const full = '克拉玛依市国防动员办公室（克拉玛依市人民防空办公室）';
    const { owner } = creditRows([rec(full, 2)], { clues: { owner: { name: '国动办', from: 'fileName' } } });
    expect(owner).toEqual({ name: full, from: 'fileName' });
  });
});

describe('splitUnits', () => {
  it('splits a 承办机构 cell on 、，,;； outside brackets', () => {
    expect(splitUnits('劳动关系科（劳动保障监察科）、市社会保险中心')).toEqual(['劳动关系科（劳动保障监察科）', '市社会保险中心']);
    expect(splitUnits('节能和能源管理科，社会发展和投融资服务科;产业发展科')).toEqual(['节能和能源管理科', '社会发展和投融资服务科', '产业发展科']);
    expect(splitUnits('市委宣传部（新闻出版局、版权局）')).toEqual(['市委宣传部（新闻出版局、版权局）']);
    expect(splitUnits('/')).toEqual([]);
  });
});
