import { neutraliseFormula } from './formula-safe';

describe('neutraliseFormula', () => {
  it('prefixes text a spreadsheet would evaluate, whatever leads it', () => {
    for (const text of ['=1+1', ' =HYPERLINK("http://x","y")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '　=1', '＝1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves other text and numbers alone', () => {
    for (const value of ['对违法行为的处罚', '第 12 条', '', 42, -1]) expect(neutraliseFormula(value)).toBe(value);
  });
});
