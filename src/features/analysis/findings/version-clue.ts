import { parseVersionDates, pickVersionClue } from '../../../importer/citations/version-clue';

const ACTION: Readonly<Record<string, [string, string]>> = {
  amended: ['修正', 'amended'],
  passed: ['通过', 'passed'],
  published: ['公布', 'published'],
  effective: ['施行', 'in force'],
};

/**
 * The version a citation names, from the parenthesis after the law's name (the same clue the
 * importer resolved it by): ["2018-10-26修正", "amended 2018-10-26"], or null when the citation
 * names no version. 引用所注明的版本。
 */
export function citedVersionClue(citedText: string): [string, string] | null {
  const header = /》\s*[（(]([^）)]*)[）)]/.exec(citedText.split('\n')[0] ?? '');
  if (!header?.[1]) return null;
  const clue = pickVersionClue(parseVersionDates(header[1]));
  if (!clue) return null;
  const [zh, en] = ACTION[clue.kind] ?? ['', ''];
  return [`${clue.date}${zh}`, `${en} ${clue.date}`];
}
