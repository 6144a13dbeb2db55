import { basisLevelOf } from './basis-level';

const cited = (...levels: (string | null)[]): { level: string | null }[] => levels.map((level) => ({ level }));

describe('basisLevelOf', () => {
  it('is the highest level any citation names, whatever their order', () => {
    expect(basisLevelOf(cited('DEPT_RULE', 'LAW', 'NORMATIVE_DOC'))).toBe('LAW');
    expect(basisLevelOf(cited('NORMATIVE_DOC', 'LOCAL_REGULATION'))).toBe('LOCAL_REGULATION');
  });

  it('folds the levels a basis level stands for', () => {
    expect(basisLevelOf(cited('SC_DECISION'))).toBe('ADMIN_REGULATION');
    expect(basisLevelOf(cited('GOV_RULE'))).toBe('RULE');
    expect(basisLevelOf(cited('DEPT_RULE'))).toBe('RULE');
    expect(basisLevelOf(cited('PARTY_REG'))).toBe('NORMATIVE_DOC');
    expect(basisLevelOf(cited('STANDARD', 'PARTY_REG'))).toBe('NORMATIVE_DOC');
  });

  it('is NONE without a citation that names a known level', () => {
    expect(basisLevelOf([])).toBe('NONE');
    expect(basisLevelOf(cited(null, 'SOMETHING_ELSE'))).toBe('NONE');
  });
});
