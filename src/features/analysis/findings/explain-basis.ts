import { parseCitations } from '../../power/power.citations';
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
import { citedVersionClue } from './version-clue';

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
 * Unresolved codes meaning the cited law itself was not found: not in the catalog, ambiguous, an
 * amending decision instead of the law, or no name. A law that was found but cited without an
 * article, or in a version or article the catalog's texts lack, is identified and not counted.
 * 指所引法律本身未能在法律库中找到的未解析代码。
 */
export const LAW_UNRESOLVED_CODES = [
  'LAW_NOT_IN_CATALOG',
  'AMBIGUOUS_NAME',
  'AMENDING_DECISION',
  'NO_LAW_NAME',
] as const;

const citationsOf = (facts: Record<string, unknown>): CitationModel[] => parseCitations(text(facts['citations']));
const reasonZh = (c: CitationModel): string => (c.unresolvedReason ?? c.unresolvedCode ?? '').split(' / ')[0] ?? '';
const reasonEn = (c: CitationModel): string => (c.unresolvedReason ?? '').split(' / ')[1] ?? c.unresolvedCode ?? '';

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
  const unresolved = citationsOf(row.facts).filter(
    (c) =>
      c.unresolvedCode !== null &&
      (LAW_UNRESOLVED_CODES as readonly string[]).includes(c.unresolvedCode) &&
      ((c.levelTag !== null && NATIONAL_TAGS.has(c.levelTag.replace(/\s+/g, ''))) ||
        (c.lawName ?? '').replace(/\s+/g, '').startsWith('中华人民共和国')),
  );
  if (unresolved.length === 0) return [];
  const laws = [...new Set(unresolved.map((c) => c.lawName ?? firstLine(c.text, 40)))];
  return [
    {
      explanation: `${owners(row)}的权力事项“${powerName(row)}”引用的${laws.map((l) => `《${l}》`).join('、')}未能在法律库中找到对应条文：${[...new Set(unresolved.map(reasonZh))].join('；')}。`,
      explanationEn: `The power "${powerName(row)}" of ${namesEn(row.organizations)} cites ${laws.map((l) => `《${l}》`).join(', ')}, which did not resolve against the law catalog: ${[...new Set(unresolved.map(reasonEn))].join('; ')}.`,
      evidence: [
        ...sourceLine(row.facts),
        ...unresolved.map(
          (c) => `${c.role === 'IMPLEMENTING' ? '实施依据' : '责任事项依据'}：${firstLine(c.text)}（${reasonZh(c)}）`,
        ),
      ],
    },
  ];
};

export const explainStaleBasis: Explain = (row, asOf) => {
  const stale = records(row.facts['stale']);
  const byVersion = new Map<string, Record<string, unknown>[]>();
  for (const s of stale) {
    const key = `${text(s['law']) ?? ''}|${text(s['citedVersionId']) ?? ''}`;
    byVersion.set(key, [...(byVersion.get(key) ?? []), s]);
  }
  const zh: string[] = [];
  const en: string[] = [];
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
  const related = new Map<string, NodeRef>(row.related.map((r) => [r.id, r]));
  return [
    {
      explanation: `${owners(row)}的权力事项“${powerName(row)}”依据的法律版本已过时：${zh.join('；')}。`,
      explanationEn: `The power "${powerName(row)}" of ${namesEn(row.organizations)} cites outdated law versions: ${en.join('; ')}.`,
      evidence: [
        ...sourceLine(row.facts),
        ...stale.map(
          (s) =>
            `${text(s['role']) === 'RESPONSIBILITY' ? '责任事项依据' : '实施依据'}第${num(s['article']) ?? ''}条：${firstLine(text(s['citedText']) ?? '')}`,
        ),
      ],
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
