import {
  announcedCount,
  categoryFromSheetName,
  mapCategory,
  POWER_CATEGORIES,
  POWER_CATEGORY_LABELS,
} from './categories';

describe('mapCategory', () => {
  it('maps every standard label to its category', () => {
    expect(POWER_CATEGORIES.map((c) => mapCategory(POWER_CATEGORY_LABELS[c])?.category)).toEqual(POWER_CATEGORIES);
  });

  it.each([
    ['行政 处罚', 'PUNISHMENT'],
    ['行政\n确认', 'CONFIRMATION'],
    ['\u3000行政许可\u3000', 'LICENSING'],
    ['行政强制措施', 'COERCION'],
    ['行政征用', 'LEVY'],
    ['行政备案', 'OTHER'],
    ['行政指导', 'OTHER'],
    ['行政调解', 'OTHER'],
    ['审核转报', 'OTHER'],
    ['非行政许可审批', 'OTHER'],
    ['其他权力', 'OTHER'],
    ['其它行政权力', 'OTHER'],
    ['公共服务事项', 'PUBLIC_SERVICE'],
    ['行政处罚类', 'PUNISHMENT'],
  ])('maps %j to %s', (raw, category) => {
    expect(mapCategory(raw)?.category).toBe(category);
  });

  it('keeps the raw text, trimmed', () => {
    expect(mapCategory(' 行政备案 ')).toEqual({ category: 'OTHER', raw: '行政备案' });
  });

  it.each(['', '   ', '对违法行为的处理', '行政许可和行政处罚'])('returns null for %j', (raw) => {
    expect(mapCategory(raw)).toBeNull();
  });
});

describe('categoryFromSheetName and announcedCount', () => {
  it.each([
    ['行政处罚（254项）', 'PUNISHMENT', 254],
    ['行政征收（ 1 项）', 'LEVY', 1],
    ['其他行政权力（3项）', 'OTHER', 3],
    ['市生态环境局（217项）', null, 217],
    ['附表1', null, null],
  ])('%s -> %s, %s items', (name, category, count) => {
    expect(categoryFromSheetName(name)).toBe(category);
    expect(announcedCount(name)).toBe(count);
  });
});
