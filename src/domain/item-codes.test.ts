import { areaCoversDivision, CODE_TYPE_LETTERS, ITEM_CODE_LAYOUTS, itemCodeKey, parseItemCode } from './item-codes';

describe('item codes (事项编码)', () => {
  it('reads the 16-character layout (area, department, type, item, sub-item), with or without dashes', () => {
    const parts = {
      layout: 'AREA_DEPT_TYPE_ITEM_SUB',
      area: '650200',
      department: '207',
      type: 'XK',
      category: 'LICENSING',
      item: '016',
      subItem: '00',
    };
    expect(parseItemCode('650200207XK01600')).toEqual({ raw: '650200207XK01600', key: '650200207XK01600', ...parts });
    // 湖北's rule writes the same parts with dashes for the reader.
    expect(parseItemCode('420100-001-CF-003-01')).toMatchObject({
      layout: 'AREA_DEPT_TYPE_ITEM_SUB',
      area: '420100',
      department: '001',
      type: 'CF',
      category: 'PUNISHMENT',
      item: '003',
      subItem: '01',
    });
  });

  it('normalises width, case and whitespace before matching, and keeps the code as published', () => {
    const code = parseItemCode(' ６５０２００２０７ｘｋ０１６００ ');
    expect(code).toMatchObject({ key: '650200207XK01600', area: '650200', type: 'XK' });
    expect(code?.raw).toBe(' ６５０２００２０７ｘｋ０１６００ ');
    expect(itemCodeKey('62052400mz－xk－0001')).toBe('62052400MZ-XK-0001');
  });

  it('reads a department code of another length', () => {
    expect(parseItemCode('65020001QZ00101')).toMatchObject({
      layout: 'AREA_DEPT_VARIANT',
      area: '650200',
      department: '01',
      type: 'QZ',
      category: 'COERCION',
      item: '001',
      subItem: '01',
    });
  });

  it('reads 贵州 DB52/T 1264-2018 10-character basic codes (type, 5-digit item, 3-digit sub-item)', () => {
    expect(parseItemCode('XK00101001')).toEqual({
      raw: 'XK00101001',
      key: 'XK00101001',
      layout: 'GUIZHOU_BASIC',
      area: null,
      department: null,
      type: 'XK',
      category: 'LICENSING',
      item: '00101',
      subItem: '001',
    });
  });

  it('reads county codes such as 62052400MZ-XK-0001', () => {
    expect(parseItemCode('62052400MZ-XK-0001')).toEqual({
      raw: '62052400MZ-XK-0001',
      key: '62052400MZ-XK-0001',
      layout: 'COUNTY_DASHED',
      area: '620524',
      department: '00MZ',
      type: 'XK',
      category: 'LICENSING',
      item: '0001',
      subItem: null,
    });
  });

  it('parses every layout’s own example, and every type letter pair', () => {
    for (const layout of ITEM_CODE_LAYOUTS) expect(parseItemCode(layout.example)?.layout).toBe(layout.id);
    for (const [letters, category] of Object.entries(CODE_TYPE_LETTERS)) {
      expect(parseItemCode(`650200207${letters}01600`)?.category).toBe(category);
    }
  });

  it('gives null for what no layout fits: unknown type letters, wrong lengths, free text', () => {
    for (const raw of ['650200207ZZ01600', '650200207XK0160', 'XK0010100', '62052400MZ-XK-001', '许可-001', '']) {
      expect(parseItemCode(raw)).toBeNull();
    }
  });

  it('tells whether an area code names a division or one of its ancestors', () => {
    expect(areaCoversDivision('650203', '650203')).toBe(true);
    expect(areaCoversDivision('650200', '650203')).toBe(true);
    expect(areaCoversDivision('650000', '650203')).toBe(true);
    expect(areaCoversDivision('650200', '650203001000')).toBe(true);
    expect(areaCoversDivision('650203', '650200')).toBe(false);
    expect(areaCoversDivision('620524', '650203')).toBe(false);
  });
});
