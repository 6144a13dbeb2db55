/**
 * Version clues from the parenthesis after a law name: "（2003年8月27日…通过，根据2019年4月23日
 * …《关于修改〈…〉的决定》修正）". Each date gets the action written after it, up to the next date.
 */
import type { VersionDate, VersionDateKind } from './types';

const DATE = /(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?/g;

const RANK: Readonly<Record<VersionDateKind, number>> = { amended: 3, passed: 2, published: 2, effective: 1 };

function kindOf(clause: string): VersionDateKind | undefined {
  // Titles of amending decisions (《关于修改…的决定》) say 修改 without being the action.
  const plain = clause.replace(/《[^》]*》?/g, '').replace(/〈[^〉]*〉/g, '');
  if (/修正|修订|修改|重新发布|重新公布/.test(plain)) return 'amended';
  if (/通过|批准/.test(plain)) return 'passed';
  if (/公布|发布|颁布|令/.test(plain)) return 'published';
  if (/施行|实施|生效/.test(plain)) return 'effective';
  return undefined;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

export function parseVersionDates(clueText: string): VersionDate[] {
  const matches = [...clueText.matchAll(DATE)];
  const result: VersionDate[] = [];
  matches.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = matches[i + 1]?.index ?? clueText.length;
    const kind = kindOf(clueText.slice(start, end));
    if (kind === undefined) return;
    const [, year = '', month, day] = m;
    const y = Number(year);
    if (y < 1949 || y > 2100) return;
    if (day !== undefined && month !== undefined)
      result.push({ date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', kind });
    else if (month !== undefined) result.push({ date: `${year}-${pad(month)}`, precision: 'month', kind });
    else result.push({ date: year, precision: 'year', kind });
  });
  return result;
}

/** The latest amendment, else the latest passing/publishing date, else the latest effective date. */
export function pickVersionClue(dates: readonly VersionDate[]): VersionDate | undefined {
  let best: VersionDate | undefined;
  for (const d of dates) {
    if (!best || RANK[d.kind] > RANK[best.kind] || (RANK[d.kind] === RANK[best.kind] && d.date >= best.date)) best = d;
  }
  return best;
}
