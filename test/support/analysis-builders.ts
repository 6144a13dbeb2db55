import type { App } from '../../src/app';
import { cypher } from '../../src/db/cypher-registry';
import type { PowerCategoryValue } from '../../src/features/power/power.model';
import { normalizeKey } from '../../src/domain/text';
import { linkStoredLawCitations } from '../../src/importer/powers/law-links';
import { GraphBuilder } from './builders';
import { ListBuilder } from './list-builders';

const WRITE_LAWS = cypher('test-support/analysis-write-laws');
const WRITE_POWERS = cypher('test-support/analysis-write-powers');
/** A power's CITES_LAW links (cites-law.test.ts); declared here, where the dead-file check sees it. */
export const CITES_LAW_OF_POWER = cypher('test-support/cites-law-of-power');
/** Organizations of a division in every role the scoped analysis reads from (analysis-scoped.test.ts). */
export const SCOPE_SAMPLE = cypher('test-support/analysis-scope-sample');
/** A division of two organizations and one organization with none, and their removal (analysis-plans.test.ts). */
export const PARTITION_MEMBERS_FIXTURE = cypher('test-support/partition-members-fixture');
export const PARTITION_MEMBERS_FIXTURE_REMOVE = cypher('test-support/partition-members-fixture-remove');

export interface AnalysisLawSpec {
  key: string;
  /** Not prefixed: the procedural-law exclusion goes by name. Ids are prefixed. */
  name: string;
  articles: number[];
  /** Chapter citations: 第N章 covering articles from..to. */
  chapters?: { chapter: number; from: number; to: number }[];
}

export interface CitationRef {
  law: string;
  article?: number;
  chapter?: number;
}

export interface AnalysisPowerSpec {
  key: string;
  name: string;
  subName?: string;
  category?: PowerCategoryValue;
  rawCategory?: string;
  /** Organizations exercising it (EXERCISED_BY over the row's dates unless given). */
  holders: (string | { organizationId: string; validFrom?: string | null; validTo?: string | null })[];
  /** IMPLEMENTING citations resolved to a provision (article or chapter) of a built law. */
  implementing?: CitationRef[];
  /** IMPLEMENTING citations naming a built law and article in a version older than the catalog. */
  unversioned?: CitationRef[];
  /** Key of the item row (built earlier) this is a sub-item of. */
  parent?: string;
  validFrom?: string;
  validTo?: string | null;
}

/**
 * Builders for the analysis tests: divisions and organizations (GraphBuilder), laws, powers with
 * their items and citations, and list rows (ListBuilder: hand-overs, whistle matters). Names of
 * organizations and powers and every id carry the caller's unique prefix.
 */
export class AnalysisBuilder {
  readonly graph: GraphBuilder;
  readonly lists: ListBuilder;
  private row = 0;
  private readonly lawNames = new Map<string, string>();

  constructor(
    private readonly app: App,
    readonly prefix: string,
  ) {
    this.graph = new GraphBuilder(app, prefix);
    this.lists = new ListBuilder(app, prefix);
  }

  name(local: string): string {
    return `${this.prefix}${local}`;
  }

  lawId(key: string): string {
    return `${this.prefix}-law-${key}`;
  }

  provisionId(lawKey: string, ref: { article?: number; chapter?: number }): string {
    return `${this.prefix}-ver-${lawKey}#${ref.chapter !== undefined ? `ch${ref.chapter}` : String(ref.article ?? 0)}`;
  }

  powerId(key: string): string {
    return `${this.prefix}-pw-${key}`;
  }

  async laws(laws: AnalysisLawSpec[]): Promise<void> {
    for (const l of laws) this.lawNames.set(l.key, l.name);
    const rows = laws.map((l) => ({
      lawId: this.lawId(l.key),
      versionId: `${this.prefix}-ver-${l.key}`,
      name: l.name,
      publishDate: '2021-01-22',
      provisions: [
        ...l.articles.map((article) => ({
          id: this.provisionId(l.key, { article }),
          article,
          articleTo: null,
          chapter: 1,
          text: `第${article}条`,
        })),
        ...(l.chapters ?? []).map((c) => ({
          id: this.provisionId(l.key, { chapter: c.chapter }),
          article: c.from,
          articleTo: c.to,
          chapter: c.chapter,
          text: null,
        })),
      ],
    }));
    await this.app.db.write('test.analysis.laws', WRITE_LAWS, { rows });
  }

  private lawName(key: string): string {
    return this.lawNames.get(key) ?? key;
  }

  async powers(specs: AnalysisPowerSpec[]): Promise<Record<string, string>> {
    const rows = specs.map((p) => {
      const category = p.category ?? 'PUNISHMENT';
      const name = this.name(p.name);
      const validFrom = p.validFrom ?? '2020-01-01';
      const validTo = p.validTo ?? null;
      const holders = p.holders.map((h) =>
        typeof h === 'string'
          ? { organizationId: h, validFrom, validTo }
          : { organizationId: h.organizationId, validFrom: h.validFrom ?? validFrom, validTo: h.validTo ?? validTo },
      );
      const resolved = (p.implementing ?? []).map((c, order) => ({
        order,
        role: 'IMPLEMENTING',
        text: `《${this.lawName(c.law)}》${c.chapter !== undefined ? `第${c.chapter}章` : `第${c.article ?? 0}条`}`,
        lawName: this.lawName(c.law),
        article: c.article ?? null,
        provisionId: this.provisionId(c.law, c),
        lawId: this.lawId(c.law),
        unresolvedCode: null,
      }));
      const unversioned = (p.unversioned ?? []).map((c, i) => ({
        order: resolved.length + i,
        role: 'IMPLEMENTING',
        text: `《${this.lawName(c.law)}》（1990年版）第${c.article ?? 0}条`,
        lawName: this.lawName(c.law),
        article: c.article ?? null,
        provisionId: null,
        lawId: this.lawId(c.law),
        unresolvedCode: 'VERSION_NOT_IN_CATALOG',
      }));
      const citations = [...resolved, ...unversioned];
      this.row += 1;
      return {
        id: this.powerId(p.key),
        identityKey: `${holders[0]?.organizationId ?? ''}|${category}|${normalizeKey(name)}|${normalizeKey(p.subName ?? '')}`,
        itemKey: `${category}|${normalizeKey(name)}|${normalizeKey(p.subName ?? '')}`,
        name,
        subName: p.subName ?? null,
        category,
        rawCategory: p.rawCategory ?? null,
        citations: JSON.stringify(citations),
        basisText: citations.map((c) => c.text).join('；') || null,
        validFrom,
        validTo,
        sourceRow: this.row,
        holders,
        basis: resolved.map((c) => ({ provisionId: c.provisionId, order: c.order, text: c.text })),
        parentId: p.parent ? this.powerId(p.parent) : null,
      };
    });
    await this.app.db.write('test.analysis.powers', WRITE_POWERS, { rows });
    // The importer links citations of older versions to their law (CITES_LAW); so does this.
    await linkStoredLawCitations(this.app.db, { force: true });
    return Object.fromEntries(specs.map((s, i) => [s.key, rows[i]!.id]));
  }
}
