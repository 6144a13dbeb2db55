import { flatCopy } from './flat-copy';

describe('flatCopy', () => {
  it('copies every code unit: ASCII, Chinese, an astral character and lone surrogates', () => {
    const parts = ['SAME_POWER:', '对未经许可从事', '\u{20BB7}', '\ud800', 'x', '\udfff', ''];
    let built = '';
    for (const part of parts) built = `${built}${part}|`;
    const copy = flatCopy(built);
    expect(copy).toBe(built);
    expect(copy.length).toBe(built.length);
    expect([...copy].map((c) => c.codePointAt(0))).toEqual([...built].map((c) => c.codePointAt(0)));
  });

  it('copies the empty string', () => {
    expect(flatCopy('')).toBe('');
  });
});
