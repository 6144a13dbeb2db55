/**
 * The catalog stores the 民法典 (Civil Code) as eight parts ("民法典 合同编"), while lists cite
 * "《中华人民共和国民法典》第八百四十三条": articles are numbered through the whole code, so the
 * article number alone says which part is meant.
 */
import { articleKey } from '../laws/article-places';
import type { LawCatalog, LegalDocumentRecord } from '../laws/types';

const CIVIL_CODE = '民法典';

/** First and last article of each part, as enacted on 2020-05-28. */
const PART_RANGES: readonly (readonly [string, number, number])[] = [
  ['总则', 1, 204],
  ['物权编', 205, 462],
  ['合同编', 463, 988],
  ['人格权编', 989, 1039],
  ['婚姻家庭编', 1040, 1118],
  ['继承编', 1119, 1163],
  ['侵权责任编', 1164, 1258],
  ['附则', 1259, 1260],
];

export function isCivilCode(normalizedName: string): boolean {
  return normalizedName === CIVIL_CODE;
}

/** The part holding the article; prefers the loaded text, else the enacted ranges. */
export function civilCodePart(catalog: LawCatalog, article: number, suffix?: number): LegalDocumentRecord | undefined {
  const parts = [...catalog.documents.values()].filter(
    (d) => d.normalizedName.startsWith(CIVIL_CODE) && d.normalizedName !== CIVIL_CODE,
  );
  const byText = parts.filter((d) => d.versions.some((v) => v.articles?.has(articleKey(article, suffix))));
  if (byText.length === 1) return byText[0];
  const range = PART_RANGES.find(([, from, to]) => article >= from && article <= to);
  return range ? parts.find((d) => d.normalizedName === `${CIVIL_CODE}${range[0]}`) : undefined;
}
