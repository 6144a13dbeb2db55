/**
 * Well-formed 统一社会信用代码 (GB 32100-2015) for fictional organizations: registration authority
 * 1 (机构编制), type 1 (机关) or 2 (事业单位), the 6-digit division, a 9-character organization code
 * with its GB 11714 check digit, and the final check character.
 */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCode(serial: number): string {
  const body = String(serial % 100000000).padStart(8, '0');
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * (ORG_WEIGHTS[i] ?? 0), 0);
  const c = 11 - (sum % 11);
  return body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

export function uscc(division: string, serial: number, institution: boolean): string {
  const body = `1${institution ? '2' : '1'}${division.slice(0, 6)}${orgCode(serial)}`;
  const sum = [...body].reduce((s, ch, i) => s + CHARS.indexOf(ch) * (USCC_WEIGHTS[i] ?? 0), 0);
  const c = (31 - (sum % 31)) % 31;
  return body + CHARS[c];
}
