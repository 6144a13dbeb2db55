import { parseCitations } from '../../power/power.citations';
import type { UnresolvedCode, VersionDate } from '../../../domain/citations/types';
import type { CitationModel } from '../../power/power.model';
import {
  categoryOf,
  firstLine,
  names,
  namesEn,
  num,
  owners,
  powerName,
  records,
  sourceLine,
  text,
  type Explain,
} from './facts';
import type { NodeRef } from './finding.model';
import { citedVersion, citedVersionClue, clueBefore, describeVersion } from './version-clue';

/** Levels too weak to found a power on alone (issue 5 WEAK_BASIS). 规范性文件、党内法规、标准。 */
export const WEAK_LEVELS = ['NORMATIVE_DOC', 'PARTY_REG', 'STANDARD'] as const;
const WEAK_LABELS: Readonly<Record<string, string>> = {
  NORMATIVE_DOC: '规范性文件',
  PARTY_REG: '党内法规',
  STANDARD: '标准',
};

/** Tags whose citations the catalog is expected to resolve (issue 5 UNRESOLVED_BASIS). */
const NATIONAL_TAGS = new Set(['法律', '法规', '行政法规']);

/**
 * Why a citation did not resolve, by the importer's unresolved code (src/importer/citations
 * resolve.ts): the kind of failure, in the words of a report. Every code the importer emits has one.
 * 未能解析的原因（按导入时的未解析代码）。
 */
export const UNRESOLVED_REASONS: Readonly<Record<UnresolvedCode, [string, string]>> = {
  NO_LAW_NAME: ['未写明法律名称', 'no law name'],
  LAW_NOT_IN_CATALOG: ['法律目录中没有该法律', 'the law is not in the catalog'],
  AMENDING_DECISION: ['引用的是修改决定，未写明被修改的法律', 'an amending decision that does not name the act'],
  AMBIGUOUS_NAME: ['名称不能确定是哪一部法律', 'the name does not say which law'],
  NO_ARTICLE: ['未写明条文（或只到章、部分）', 'no article given (or only a chapter or part)'],
  VERSION_NOT_IN_CATALOG: [
    '所注明的版本不在法律目录中（早于其收录的最早版本），无法判断是否过时',
    'the version it names is not in the catalog (older than its earliest) and cannot be judged stale',
  ],
  ARTICLE_NOT_IN_TEXT: ['该版本文本中没有所引条文', 'the article is not in the text of that version'],
  CHAPTER_NOT_IN_TEXT: ['该版本文本中没有所引章节', 'the chapter is not in the text of that version'],
};

const REASONS_BY_CODE: ReadonlyMap<string, [string, string]> = new Map(Object.entries(UNRESOLVED_REASONS));
const reasonOf = (code: string | null): [string, string] =>
  REASONS_BY_CODE.get(code ?? '') ?? ['未能解析', 'did not resolve'];

/** A citation of a version older than the catalog whose law has a newer version in force. */
export interface UnversionedStale {
  order: number;
  role: string;
  text: string;
  lawId: string;
  law: string;
  article: number | null;
  clue: VersionDate;
  inForceVersionId: string;
  inForcePublishDate: string;
}

/**
 * The row's citations the importer could not tie to a Provision because the cited version is
 * older than the catalog (VERSION_NOT_IN_CATALOG: the law is known), whose version clue is
 * earlier than the publication of the version in force (`facts.inForce`, one per law, from the
 * statement; "earlier" as clueBefore reads a clue). These are STALE_BASIS, not UNRESOLVED_BASIS.
 * 早于法律目录版本、且已过时的引用。
 */
export function staleUnversioned(facts: Record<string, unknown>): UnversionedStale[] {
  const inForce = new Map(records(facts['inForce']).map((f) => [text(f['lawId']) ?? '', f]));
  let stored: unknown;
  try {
    stored = JSON.parse(text(facts['citations']) ?? '[]');
  } catch {
    return [];
  }
  return records(stored).flatMap((c, index): UnversionedStale[] => {
    const lawId = text(c['lawId']);
    const cited = text(c['text']);
    if (c['unresolvedCode'] !== 'VERSION_NOT_IN_CATALOG' || !lawId || !cited) return [];
    const current = inForce.get(lawId);
    const publishDate = text(current?.['publishDate']);
    const clue = citedVersion(cited);
    if (!current || !publishDate || !clue || !clueBefore(clue, publishDate)) return [];
    return [
      {
        order: num(c['order']) ?? index,
        role: text(c['role']) ?? 'IMPLEMENTING',
        text: cited,
        lawId,
        law: text(current['law']) ?? text(c['lawName']) ?? '',
        article: num(c['article']),
        clue,
        inForceVersionId: text(current['versionId']) ?? '',
        inForcePublishDate: publishDate,
      },
    ];
  });
}

const isNational = (c: CitationModel): boolean =>
  (c.levelTag !== null && NATIONAL_TAGS.has(c.levelTag.replace(/\s+/g, ''))) ||
  (c.lawName ?? '').replace(/\s+/g, '').startsWith('中华人民共和国');

const citationsOf = (facts: Record<string, unknown>): CitationModel[] => parseCitations(text(facts['citations']));
const roleLabel = (role: string): string => (role === 'RESPONSIBILITY' ? '责任事项依据' : '实施依据');
const articleZh = (article: number | null): string => (article === null ? '' : `第${article}条`);

export const explainNoBasis: Explain = (row) => [
  {
    explanation: `${owners(row)}的权力事项“${powerName(row)}”（${categoryOf(row.facts)}）实施依据为空，没有列出任何法律依据。`,
    explanationEn: `The power "${powerName(row)}" of ${namesEn(row.organizations)} lists no legal basis (实施依据 is empty).`,
    evidence: [...sourceLine(row.facts), '实施依据：（空）'],
  },
];

export const explainWeakBasis: Explain = (row) => {
  const implementing = citationsOf(row.facts).filter((c) => c.role === 'IMPLEMENTING');
  const weak = (c: CitationModel): boolean =>
    (c.level !== null && (WEAK_LEVELS as readonly string[]).includes(c.level)) ||
    (c.level === null && c.provisionId !== null);
  if (implementing.length === 0 || !implementing.every(weak)) return [];
  const levels = [...new Set(implementing.map((c) => WEAK_LABELS[c.level ?? ''] ?? '规范性文件'))];
  return [
    {
      explanation: `${owners(row)}的权力事项“${powerName(row)}”的实施依据只有${levels.join('、')}（${implementing.length}条），没有法律、法规或规章依据。`,
      explanationEn: `Every legal basis of the power "${powerName(row)}" of ${namesEn(row.organizations)} is a normative document, party regulation or standard (${implementing.length}); no law, regulation or rule.`,
      evidence: [...sourceLine(row.facts), ...implementing.map((c) => `实施依据：${firstLine(c.text)}`)],
    },
  ];
};

export const explainUnresolvedBasis: Explain = (row) => {
  const stale = new Set(staleUnversioned(row.facts).map((c) => c.order));
  const unresolved = citationsOf(row.facts).filter(
    (c) => c.unresolvedCode !== null && isNational(c) && !stale.has(c.order),
  );
  if (unresolved.length === 0) return [];
  // Per reason, each law once with its articles: 《A》第9、10条、《B》、“【法律】”.
  const byReason = new Map<string, Map<string, Set<number>>>();
  for (const c of unresolved) {
    const laws = byReason.get(c.unresolvedCode ?? '') ?? new Map<string, Set<number>>();
    byReason.set(c.unresolvedCode ?? '', laws);
    // Without a law name, the citation's own words.
    const law = c.lawName ? `《${c.lawName}》` : `“${firstLine(c.text, 40)}”`;
    const articles = laws.get(law) ?? new Set<number>();
    laws.set(law, articles);
    if (c.article !== null) articles.add(c.article);
  }
  const listed = (laws: Map<string, Set<number>>, en: boolean): string =>
    [...laws]
      .map(([law, set]) => {
        const articles = [...set].sort((a, b) => a - b);
        if (articles.length === 0) return law;
        return en ? `${law} art. ${articles.join(', ')}` : `${law}第${articles.join('、')}条`;
      })
      .join(en ? ', ' : '、');
  const zh = [...byReason].map(([code, laws]) => `${listed(laws, false)}：${reasonOf(code)[0]}`);
  const en = [...byReason].map(([code, laws]) => `${listed(laws, true)}: ${reasonOf(code)[1]}`);
  return [
    {
      explanation: `${owners(row)}的权力事项“${powerName(row)}”有${unresolved.length}条法律、法规依据未能解析到条文：${zh.join('；')}。`,
      explanationEn: `${unresolved.length} citation(s) of laws or regulations of the power "${powerName(row)}" of ${namesEn(row.organizations)} did not resolve to a provision: ${en.join('; ')}.`,
      evidence: [
        ...sourceLine(row.facts),
        ...unresolved.map(
          (c) =>
            `${roleLabel(c.role)}：${firstLine(c.text)}（${(c.unresolvedReason ?? '').split(' / ')[0] || reasonOf(c.unresolvedCode)[0]}）`,
        ),
      ],
    },
  ];
};

export const explainStaleBasis: Explain = (row, asOf) => {
  const stale = records(row.facts['stale']);
  const unversioned = staleUnversioned(row.facts);
  if (stale.length === 0 && unversioned.length === 0) return [];
  const zh: string[] = [];
  const en: string[] = [];
  const byVersion = new Map<string, Record<string, unknown>[]>();
  for (const s of stale) {
    const key = `${text(s['law']) ?? ''}|${text(s['citedVersionId']) ?? ''}`;
    byVersion.set(key, [...(byVersion.get(key) ?? []), s]);
  }
  for (const group of byVersion.values()) {
    const first = group[0];
    if (!first) continue;
    const law = text(first['law']) ?? '';
    const cited = text(first['citedPublishDate']) ?? '';
    const inForce = text(first['inForcePublishDate']) ?? '';
    const articles = [...new Set(group.map((s) => num(s['article'])).filter((a): a is number => a !== null))].sort(
      (a, b) => a - b,
    );
    const clue = citedVersionClue(text(first['citedText']) ?? '');
    const citedZh = clue ? `${clue[0]}的版本（${cited}公布）` : `${cited}公布的版本（未注明版本）`;
    const citedEn = clue
      ? `the version ${clue[1]} (published ${cited})`
      : `the version published ${cited} (no version named)`;
    zh.push(`《${law}》第${articles.join('、')}条引用的是${citedZh}，而${asOf}施行的是${inForce}公布的版本`);
    en.push(
      `《${law}》 art. ${articles.join(', ')} cites ${citedEn}, while the version in force on ${asOf} was published ${inForce}`,
    );
  }
  const byClue = new Map<string, UnversionedStale[]>();
  for (const c of unversioned) {
    const key = `${c.lawId}|${c.clue.kind}|${c.clue.date}`;
    byClue.set(key, [...(byClue.get(key) ?? []), c]);
  }
  for (const group of byClue.values()) {
    const first = group[0];
    if (!first) continue;
    const articles = [...new Set(group.map((c) => c.article).filter((a): a is number => a !== null))].sort(
      (a, b) => a - b,
    );
    const [clueZh, clueEn] = describeVersion(first.clue);
    const where = articles.length > 0 ? `第${articles.join('、')}条` : '';
    const whereEn = articles.length > 0 ? ` art. ${articles.join(', ')}` : '';
    zh.push(
      `《${first.law}》${where}引用的是${clueZh}的版本（早于法律目录收录的最早版本），而${asOf}施行的是${first.inForcePublishDate}公布的版本`,
    );
    en.push(
      `《${first.law}》${whereEn} cites the version ${clueEn} (older than any version in the catalog), while the version in force on ${asOf} was published ${first.inForcePublishDate}`,
    );
  }
  const related = new Map<string, NodeRef>(row.related.map((r) => [r.id, r]));
  for (const c of unversioned) related.set(c.lawId, { type: 'LegalDocument', id: c.lawId, name: c.law });
  const evidence = [
    ...stale.map((s) => ({
      order: num(s['order']) ?? 0,
      line: `${roleLabel(text(s['role']) ?? '')}第${num(s['article']) ?? ''}条：${firstLine(text(s['citedText']) ?? '')}`,
    })),
    ...unversioned.map((c) => ({
      order: c.order,
      line: `${roleLabel(c.role)}${articleZh(c.article)}：${firstLine(c.text)}（所引版本早于法律目录收录的版本）`,
    })),
  ].sort((a, b) => a.order - b.order);
  return [
    {
      explanation: `${owners(row)}的权力事项“${powerName(row)}”依据的法律版本已过时：${zh.join('；')}。`,
      explanationEn: `The power "${powerName(row)}" of ${namesEn(row.organizations)} cites outdated law versions: ${en.join('; ')}.`,
      evidence: [...sourceLine(row.facts), ...evidence.map((e) => e.line)],
      related: [...related.values()],
    },
  ];
};

export const explainNoResponsibility: Explain = (row) => {
  const basis = text(row.facts['responsibilityBasisText']);
  return [
    {
      explanation: `${owners(row)}的权力事项“${powerName(row)}”（${categoryOf(row.facts)}）没有列出责任事项，有权无责（权责不等）。`,
      explanationEn: `The power "${powerName(row)}" of ${namesEn(row.organizations)} lists no responsibility item (power without responsibility).`,
      evidence: [...sourceLine(row.facts), '责任事项：（空）', `责任事项依据：${basis ? firstLine(basis) : '（空）'}`],
    },
  ];
};

export const explainOrphanedPower: Explain = (row, asOf) => {
  const former = records(row.facts['former']);
  const successors = records(row.facts['successors']);
  const formerZh = former.map(
    (o) => `${text(o['name']) ?? ''}${text(o['validTo']) ? `（${text(o['validTo'])}撤销）` : ''}`,
  );
  const formerEn = former.map(
    (o) => `${text(o['name']) ?? ''}${text(o['validTo']) ? ` (abolished ${text(o['validTo'])})` : ''}`,
  );
  const succ = successors.map((s) => text(s['name']) ?? '');
  return [
    {
      explanation:
        `权力事项“${powerName(row)}”在${asOf}没有任何存续的机构行使：原行使机构${names(formerZh)}` +
        (succ.length > 0 ? `；承继机构为${names(succ)}，但该权力未转入其清单。` : '；未记录承继机构。'),
      explanationEn:
        `No active organization exercises the power "${powerName(row)}" on ${asOf}: it was exercised by ${namesEn(formerEn)}` +
        (succ.length > 0
          ? `; the successor ${namesEn(succ)} has not taken it into its list.`
          : '; no successor is recorded.'),
      evidence: [
        ...sourceLine(row.facts),
        ...former.map(
          (o) => `原行使机构：${text(o['name']) ?? ''}，存续至${text(o['validTo']) ?? '（未撤销，但行使关系已终止）'}`,
        ),
        ...successors.map((s) => `承继机构：${text(s['name']) ?? ''}（${text(s['date']) ?? ''}起）`),
      ],
    },
  ];
};
