import { catalogLevelOf, matchCatalog, type MatchableItem } from './catalog';

const item = (id: string, name: string, levels: string[], extra: Partial<MatchableItem> = {}): MatchableItem => ({
  id,
  code: null,
  name,
  subName: null,
  category: 'LICENSING',
  levels,
  ...extra,
});
const row = (id: string, name: string, extra: { code?: string; subName?: string } = {}) => ({
  id,
  code: extra.code ?? null,
  name,
  subName: extra.subName ?? null,
  category: 'LICENSING',
});

describe('catalogLevelOf', () => {
  it.each([
    ['地州级', 'CITY'],
    ['地州市级', 'CITY'],
    ['区县级', 'COUNTY'],
    ['县市区级', 'COUNTY'],
    ['自治区级', 'PROVINCE'],
    ['乡镇（街道）', 'TOWNSHIP'],
    ['', undefined],
    ['上报核准申请', undefined],
  ])('%s is %s', (text, level) => {
    expect(catalogLevelOf(text)).toBe(level);
  });
});

describe('matchCatalog', () => {
  const items = [
    item('c1', '林木采伐许可证核发', ['CITY'], { code: '650200207XK01600' }),
    item('k1', '林木采伐许可证核发', ['COUNTY']),
    item('k2', '临时占用林地审批', ['COUNTY']),
    item('k3', '野生动物驯养繁殖许可', ['COUNTY'], { subName: '国家二级保护野生动物' }),
  ];

  it('matches by code first, even against a name of another item', () => {
    expect(matchCatalog([row('r', '别的名称', { code: ' 650200207xk01600 ' })], items, 'COUNTY')).toEqual([
      { rowId: 'r', itemId: 'c1', method: 'CODE', score: 1 },
    ]);
  });

  it('by normalised name and sub-item, preferring the item of the row level', () => {
    expect(matchCatalog([row('r', '林木采伐许可证核发。')], items, 'COUNTY')[0]).toMatchObject({ itemId: 'k1', method: 'NAME' });
    expect(matchCatalog([row('r', '林木采伐许可证核发')], items, 'CITY')[0]).toMatchObject({ itemId: 'c1', method: 'NAME' });
    expect(matchCatalog([row('r', '野生动物驯养繁殖许可', { subName: '国家二级保护野生动物' })], items, 'COUNTY')[0]).toMatchObject({
      itemId: 'k3',
      method: 'NAME',
    });
  });

  it('by similarity at or above the threshold, with its score; below it, not at all', () => {
    expect(matchCatalog([row('r', '临时占用林地审批事项')], items, 'COUNTY')).toEqual([
      { rowId: 'r', itemId: 'k2', method: 'SIMILARITY', score: 0.875 },
    ]);
    expect(matchCatalog([row('r', '临时占用林地审批事项')], items, 'COUNTY', 0.9)).toEqual([]);
    expect(matchCatalog([row('r', '林草宣传教育活动组织')], items, 'COUNTY')).toEqual([]);
  });
});
