import { handOverViolations, isLawfulHandOver } from './legality';

describe('hand-over legality (行政强制法 §17, 行政许可法 §24)', () => {
  it('refuses to entrust a coercive measure, to anyone', () => {
    const v = handOverViolations({
      mode: 'ENTRUST',
      category: 'COERCION',
      rawCategory: '行政强制措施',
      receiverOrgType: 'TOWNSHIP_GOV',
    });
    expect(v.map((x) => [x.rule, x.lawName, x.article])).toEqual([['ENTRUSTED_COERCIVE_MEASURE', '行政强制法', 17]]);
  });

  it('lets coercive execution alone (行政强制执行) and grants of coercive measures pass', () => {
    expect(
      isLawfulHandOver({
        mode: 'ENTRUST',
        category: 'COERCION',
        rawCategory: '行政强制执行',
        receiverOrgType: 'TOWNSHIP_GOV',
      }),
    ).toBe(true);
    expect(
      isLawfulHandOver({
        mode: 'GRANT',
        category: 'COERCION',
        rawCategory: '行政强制',
        receiverOrgType: 'TOWNSHIP_GOV',
      }),
    ).toBe(true);
  });

  it('entrusts a licence only to an administrative organ', () => {
    expect(
      isLawfulHandOver({ mode: 'ENTRUST', category: 'LICENSING', rawCategory: null, receiverOrgType: 'TOWNSHIP_GOV' }),
    ).toBe(true);
    expect(
      isLawfulHandOver({ mode: 'ENTRUST', category: 'LICENSING', rawCategory: null, receiverOrgType: 'STREET_OFFICE' }),
    ).toBe(true);
    for (const receiverOrgType of ['ENFORCEMENT_TEAM', 'PUBLIC_INSTITUTION', 'INTERNAL_UNIT', null] as const) {
      const v = handOverViolations({ mode: 'ENTRUST', category: 'LICENSING', rawCategory: null, receiverOrgType });
      expect(v.map((x) => [x.rule, x.article])).toEqual([['ENTRUSTED_LICENSING_TO_NON_ORGAN', 24]]);
    }
    expect(
      isLawfulHandOver({
        mode: 'GRANT',
        category: 'LICENSING',
        rawCategory: null,
        receiverOrgType: 'ENFORCEMENT_TEAM',
      }),
    ).toBe(true);
  });
});
