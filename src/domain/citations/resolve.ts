/**
 * Resolves a parsed citation to (law, version, article) in the law catalog, or says why not.
 * Names match exactly after normalisation (中华人民共和国 prefix, whitespace, width): a
 * 实施条例 is its own document, and nothing is matched by similarity — never a fabricated link.
 */
import { findLawByName } from '../laws/catalog';
import { normalizeLawName } from '../laws/normalize-name';
import { parseChineseNumeral } from '../laws/numerals';
import { articleKey, chapterKey } from '../laws/article-places';
import type { LawCatalog, LegalDocumentRecord, LegalVersionRecord } from '../laws/types';
import { civilCodePart, isCivilCode } from './civil-code';
import type { ParsedCitation, ResolvedCitation, ResolvedProvision, UnresolvedCitation, UnresolvedCode } from './types';
import { chooseVersion } from './version-choice';

const AMENDING_DECISION = /(关于|对).*(修改|废止).*决定$/;
const CHAPTER_REF = /^第([零〇一二三四五六七八九十百千两\d]+)章(?:第([零〇一二三四五六七八九十百千两\d]+)节)?$/;

function unresolved(
  code: UnresolvedCode,
  zh: string,
  en: string,
  ids: { lawId?: string; versionId?: string } = {},
): UnresolvedCitation {
  return { status: 'unresolved', code, unresolvedReason: zh, unresolvedReasonEn: en, ...ids };
}

/** The acts an amending decision's own text names, when exactly one of them is in the catalog. */
function actNamedBy(
  c: ParsedCitation,
  catalog: LawCatalog,
): { doc: LegalDocumentRecord; article?: number } | undefined {
  const source = `${c.quote ?? ''}`;
  const found = new Map<string, { doc: LegalDocumentRecord; article?: number }>();
  for (const m of source.matchAll(
    /[《〈]([^《》〈〉]+)[》〉](?:[\s:：]*第([零〇一二三四五六七八九十百千两\d]+)条)?/g,
  )) {
    const doc = findLawByName(catalog, m[1] ?? '');
    if (!doc || found.has(doc.lawId)) continue;
    const article = m[2] ? parseChineseNumeral(m[2]) : undefined;
    found.set(doc.lawId, article === undefined ? { doc } : { doc, article });
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function findDocument(c: ParsedCitation, name: string, catalog: LawCatalog): LegalDocumentRecord | UnresolvedCitation {
  const doc = findLawByName(catalog, name);
  if (doc) return doc;
  if (isCivilCode(normalizeLawName(name))) {
    if (c.article === undefined) {
      return unresolved(
        'AMBIGUOUS_NAME',
        '民法典分为多编，未注明条文无法确定',
        'the Civil Code has several parts and no article says which',
      );
    }
    const part = civilCodePart(catalog, c.article, c.articleSuffix);
    if (part) return part;
  }
  return unresolved('LAW_NOT_IN_CATALOG', `法律目录中没有《${name}》`, `"${name}" is not in the law catalog`);
}

/**
 * 第N章 / 第N章第M节: the articles of that chapter in the chosen version, first to last. Without
 * the version's chapter outline the articles are unknown, so the citation stays unresolved.
 */
function resolveChapter(
  ref: string,
  m: RegExpExecArray,
  version: LegalVersionRecord,
  ids: Pick<ResolvedProvision, 'lawId' | 'versionId' | 'versionMatch'>,
): ResolvedCitation {
  const { lawId, versionId } = ids;
  const chapter = parseChineseNumeral(m[1] ?? '');
  const section = m[2] === undefined ? undefined : parseChineseNumeral(m[2]);
  if (chapter === undefined || (m[2] !== undefined && section === undefined)) {
    return unresolved('NO_ARTICLE', `引用到“${ref}”，未到条`, `cites "${ref}", not an article`, { lawId, versionId });
  }
  if (version.chapters === undefined) {
    return unresolved(
      'NO_ARTICLE',
      `引用到“${ref}”，未载入该版本的章节文本，无法确定条文`,
      `cites "${ref}"; the chapters of that version's text are not loaded, so its articles are unknown`,
      { lawId, versionId },
    );
  }
  const range = version.chapters.get(chapterKey(chapter, section));
  if (range === undefined) {
    return unresolved(
      'CHAPTER_NOT_IN_TEXT',
      `该版本文本中没有“${ref}”（或章号不唯一）`,
      `"${ref}" is not in the text of that version (or its number is not unique there)`,
      { lawId, versionId },
    );
  }
  const resolved: ResolvedProvision = { status: 'resolved', ...ids, article: range.from, articleTo: range.to, chapter };
  if (range.fromSuffix !== undefined) resolved.articleSuffix = range.fromSuffix;
  if (range.toSuffix !== undefined) resolved.articleToSuffix = range.toSuffix;
  if (section !== undefined) resolved.section = section;
  return resolved;
}

export function resolveCitation(c: ParsedCitation, catalog: LawCatalog): ResolvedCitation {
  const name = c.lawName;
  if (name === undefined || normalizeLawName(name) === '') {
    return unresolved('NO_LAW_NAME', '未写明法律名称', 'no law name');
  }
  let article = c.article;
  let found: LegalDocumentRecord | UnresolvedCitation;
  if (AMENDING_DECISION.test(normalizeLawName(name)) && !findLawByName(catalog, name)) {
    const act = actNamedBy(c, catalog);
    if (!act) {
      return unresolved(
        'AMENDING_DECISION',
        '引用的是修改决定，未写明被修改的法规',
        'cites an amending decision that does not name the act',
      );
    }
    found = act.doc;
    article = act.article;
  } else {
    found = findDocument(c, name, catalog);
  }
  if ('status' in found) return found;
  const doc = found;
  const choice = chooseVersion(doc, c.versionClue);
  if (!choice || choice.version === undefined) {
    const earliest = choice?.earliest.publishDate ?? '?';
    const cited = c.versionClue?.date ?? '?';
    return unresolved(
      'VERSION_NOT_IN_CATALOG',
      `引用的版本（${cited}）早于法律目录收录的最早版本（${earliest}）`,
      `the cited version (${cited}) predates the earliest version in the catalog (${earliest})`,
      { lawId: doc.lawId },
    );
  }
  const version = choice.version;
  const ids = { lawId: doc.lawId, versionId: version.versionId };
  if (article === undefined || article <= 0) {
    const chapter = c.otherRef === undefined ? undefined : CHAPTER_REF.exec(c.otherRef);
    if (chapter) return resolveChapter(c.otherRef ?? '', chapter, version, { ...ids, versionMatch: choice.match });
    if (c.otherRef !== undefined) {
      return unresolved('NO_ARTICLE', `引用到“${c.otherRef}”，未到条`, `cites "${c.otherRef}", not an article`, ids);
    }
    return unresolved('NO_ARTICLE', '未写明条文', 'no article given', ids);
  }
  const key = articleKey(article, c.articleSuffix);
  const paragraphs = version.articles?.get(key);
  if (version.articles && version.articles.size > 0 && paragraphs === undefined) {
    const label = c.articleSuffix === undefined ? `第${article}条` : `第${article}条之${c.articleSuffix}`;
    return unresolved(
      'ARTICLE_NOT_IN_TEXT',
      `该版本文本中没有${label}`,
      `article ${key} is not in the text of that version`,
      ids,
    );
  }
  const resolved: ResolvedProvision = { status: 'resolved', ...ids, versionMatch: choice.match, article };
  if (c.articleSuffix !== undefined) resolved.articleSuffix = c.articleSuffix;
  // 末款 (-1) becomes a number when the text says how many paragraphs the article has.
  const paragraph = c.paragraph === -1 ? paragraphs : c.paragraph;
  if (paragraph !== undefined) resolved.paragraph = paragraph;
  else if (c.paragraph === -1) resolved.paragraph = -1;
  if (c.item !== undefined) resolved.item = c.item;
  return resolved;
}
