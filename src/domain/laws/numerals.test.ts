import { parseChineseNumeral } from './numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十二', 32],
    ['一百零八', 108],
    ['一百一十二', 112],
    ['八百四十三', 843],
    ['两千零一', 2001],
    ['86', 86],
    ['１２', 12],
  ])('reads %s as %i', (raw, value) => {
    expect(parseChineseNumeral(raw)).toBe(value);
  });

  it('refuses text that is not a numeral', () => {
    expect(parseChineseNumeral('第三')).toBeUndefined();
    expect(parseChineseNumeral('')).toBeUndefined();
  });
});
