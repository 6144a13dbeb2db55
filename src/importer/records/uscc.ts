/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (no I, O, S, V, Z); the last is a check character over the first 17, modulus 31.
 */
import type { Parsed } from './fields';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters, or undefined when one is not in the alphabet. */
export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i += 1) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Upper-cased, whitespace removed; errors for the wrong length, a bad character or check digit. */
export function parseUscc(text: string): Parsed<string> {
  const code = text.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  if (code.length !== 18) {
    return {
      ok: false,
      message: `应为18位，实为${code.length}位`,
      messageEn: `must be 18 characters, found ${code.length}`,
    };
  }
  const bad = [...code].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) {
    return {
      ok: false,
      message: `含有不允许的字符“${bad}”`,
      messageEn: `contains the character "${bad}", which is not allowed`,
    };
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17)) {
    return {
      ok: false,
      message: `校验码错误（应为“${expected ?? '?'}”）`,
      messageEn: `wrong check character (expected "${expected ?? '?'}")`,
    };
  }
  return { ok: true, value: code };
}
