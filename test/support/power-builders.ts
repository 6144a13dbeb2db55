import type { App } from '../../src/app';
import { cypher } from '../../src/db/cypher-registry';
import type { CitationRoleValue, PowerCategoryValue } from '../../src/features/power/power.model';
import { linkStoredLawCitations } from '../../src/importer/powers/law-links';
import { POWER_CATEGORY_LABELS } from '../../src/domain/categories';

const WRITE_LAWS = cypher('test-support/power-write-laws');
const WRITE_LAW_VERSIONS = cypher('test-support/power-write-law-versions');
const LINK_LAW_VERSIONS = cypher('test-support/power-link-law-versions');
const WRITE_PROVISIONS = cypher('test-support/power-write-provisions');
const WRITE_POWERS = cypher('test-support/power-write-powers');
const LINK_EXERCISERS = cypher('test-support/power-link-exercisers');
const LINK_STRUCTURE = cypher('test-support/power-link-structure');
const WRITE_RESPONSIBILITIES = cypher('test-support/power-write-responsibilities');
const LINK_BASIS = cypher('test-support/power-link-basis');

export interface ProvisionSpec {
  article: number;
  articleSuffix?: number;
  paragraph?: number;
  item?: number;
  text?: string;
}

export interface VersionSpec {
  key: string;
  publishDate: string | null;
  effectiveDate?: string | null;
  expired?: boolean;
  provisions?: ProvisionSpec[];
}

export interface LawSpec {
  key: string;
  name: string;
  level?: string;
  /** In publish order (SUPERSEDED_BY links each to the next). */
  versions: VersionSpec[];
}

/** A citation as ADR 0001 stores it in `Power.citations`; `provision` names a built one. */
export interface CitationSpec {
  role?: CitationRoleValue;
  text: string;
  levelTag?: string;
  level?: string;
  lawName?: string;
  article?: number;
  paragraph?: number;
  item?: number;
  provision?: { version: string } & Omit<ProvisionSpec, 'text'>;
  /** Key of a built law the citation names without a provision (the importer's `lawId`). */
  lawId?: string;
  unresolvedCode?: string;
  unresolvedReason?: string;
}

export interface PowerSpec {
  key: string;
  name: string;
  subName?: string;
  category?: PowerCategoryValue;
  rawCategory?: string;
  code?: string;
  seqNo?: string;
  validFrom?: string | null;
  validTo?: string | null;
  exercisedBy?: { organizationId: string; validFrom?: string | null; validTo?: string | null }[];
  undertakenBy?: string;
  /** Key of the item row this sub-item belongs to (built earlier or in the same call). */
  parent?: string;
  citations?: CitationSpec[];
  responsibilities?: { stage?: string; group?: string; text: string }[];
  accountability?: string[];
  source?: { file: string; sheet?: string; row: number };
}

const key = (text: string | undefined): string => (text ?? '').normalize('NFKC').replace(/\s+/gu, '');

/**
 * Writes powers, citations, provisions and laws exactly as ADR 0001 describes the importer's
 * output, for tests. Every name and id carries the caller's unique prefix.
 */
export class PowerBuilder {
  constructor(
    private readonly app: App,
    readonly prefix: string,
  ) {}

  name(local: string): string {
    return `${this.prefix}${local}`;
  }

  lawId(lawKey: string): string {
    return `${this.prefix}-law-${lawKey}`;
  }

  versionId(versionKey: string): string {
    return `${this.prefix}-ver-${versionKey}`;
  }

  /** `<versionId>#<article>[.<suffix>][-<paragraph>[-<item>]]` (ADR 0001). */
  provisionId(versionKey: string, p: Omit<ProvisionSpec, 'text'>): string {
    const suffix = p.articleSuffix !== undefined ? `.${p.articleSuffix}` : '';
    const paragraph = p.paragraph !== undefined ? `-${p.paragraph}${p.item !== undefined ? `-${p.item}` : ''}` : '';
    return `${this.versionId(versionKey)}#${p.article}${suffix}${paragraph}`;
  }

  powerId(powerKey: string): string {
    return `${this.prefix}-power-${powerKey}`;
  }

  async laws(laws: LawSpec[]): Promise<void> {
    const documents = laws.map((l) => ({ id: this.lawId(l.key), name: this.name(l.name), level: l.level ?? 'LAW' }));
    const versions = laws.flatMap((l) =>
      l.versions.map((v, index) => ({
        id: this.versionId(v.key),
        lawId: this.lawId(l.key),
        publishDate: v.publishDate,
        effectiveDate: v.effectiveDate ?? v.publishDate,
        expired: v.expired ?? false,
        ver: index + 1,
      })),
    );
    const chain = laws.flatMap((l) =>
      l.versions.slice(1).map((v, i) => ({ from: this.versionId(l.versions[i]!.key), to: this.versionId(v.key) })),
    );
    const provisions = laws.flatMap((l) =>
      l.versions.flatMap((v) =>
        (v.provisions ?? []).map((p) => ({
          id: this.provisionId(v.key, p),
          versionId: this.versionId(v.key),
          article: p.article,
          articleSuffix: p.articleSuffix ?? null,
          paragraph: p.paragraph ?? null,
          item: p.item ?? null,
          text: p.text ?? null,
        })),
      ),
    );
    await this.app.db.executeWrite('test.laws', async (tx) => {
      await tx.run(WRITE_LAWS, { rows: documents });
      await tx.run(WRITE_LAW_VERSIONS, { rows: versions });
      await tx.run(LINK_LAW_VERSIONS, { rows: chain });
      await tx.run(WRITE_PROVISIONS, { rows: provisions });
    });
  }

  /** Writes the rows and their relations; returns the local ids by key. */
  async powers(powers: PowerSpec[]): Promise<Record<string, string>> {
    const rows = powers.map((p) => {
      const category = p.category ?? 'PUNISHMENT';
      const name = this.name(p.name);
      const citations = (p.citations ?? []).map((c, order) => ({
        order,
        role: c.role ?? 'IMPLEMENTING',
        text: c.text,
        ...(c.levelTag !== undefined && { levelTag: c.levelTag }),
        ...(c.level !== undefined && { level: c.level }),
        ...(c.lawName !== undefined && { lawName: c.lawName }),
        ...(c.article !== undefined && { article: c.article }),
        ...(c.paragraph !== undefined && { paragraph: c.paragraph }),
        ...(c.item !== undefined && { item: c.item }),
        ...(c.provision !== undefined && { provisionId: this.provisionId(c.provision.version, c.provision) }),
        ...(c.lawId !== undefined && { lawId: this.lawId(c.lawId) }),
        ...(c.unresolvedCode !== undefined && { unresolvedCode: c.unresolvedCode }),
        ...(c.unresolvedReason !== undefined && { unresolvedReason: c.unresolvedReason }),
      }));
      return {
        spec: p,
        citations,
        row: {
          id: this.powerId(p.key),
          identityKey: `${this.prefix}|${category}|${key(name)}|${key(p.subName)}`,
          contentHash: `${this.prefix}-${p.key}`,
          itemKey: `${category}|${key(name)}|${key(p.subName)}`,
          code: p.code ?? null,
          seqNo: p.seqNo ?? null,
          name,
          subName: p.subName ?? null,
          category,
          rawCategory: p.rawCategory ?? POWER_CATEGORY_LABELS[category],
          levelLabel: null,
          scope: null,
          remarks: null,
          basisText:
            citations
              .filter((c) => c.role === 'IMPLEMENTING')
              .map((c) => c.text)
              .join('；') || null,
          responsibilityBasisText:
            citations
              .filter((c) => c.role === 'RESPONSIBILITY')
              .map((c) => c.text)
              .join('；') || null,
          citations: JSON.stringify(citations),
          accountability: p.accountability ?? [],
          validFrom: p.validFrom === undefined ? '2020-01-01' : p.validFrom,
          validTo: p.validTo ?? null,
          sourceFile: p.source?.file ?? `${this.prefix}.xlsx`,
          sourceSheet: p.source?.sheet ?? null,
          sourceRow: p.source?.row ?? 2,
        },
      };
    });
    const exercisers = rows.flatMap(({ spec, row }) =>
      (spec.exercisedBy ?? []).map((e) => ({
        powerId: row.id,
        organizationId: e.organizationId,
        validFrom: e.validFrom === undefined ? row.validFrom : e.validFrom,
        validTo: e.validTo === undefined ? row.validTo : e.validTo,
      })),
    );
    const structure = rows.map(({ spec, row }) => ({
      powerId: row.id,
      unitId: spec.undertakenBy ?? null,
      parentId: spec.parent ? this.powerId(spec.parent) : null,
    }));
    const responsibilities = rows.flatMap(({ spec, row }) =>
      (spec.responsibilities ?? []).map((r, order) => ({
        powerId: row.id,
        id: `${row.id}#r${order}`,
        order,
        stage: r.stage ?? null,
        group: r.group ?? null,
        text: r.text,
      })),
    );
    const basis = rows.flatMap(({ citations, row }) =>
      citations.flatMap((c) =>
        'provisionId' in c
          ? [{ powerId: row.id, provisionId: c.provisionId, role: c.role, order: c.order, citedText: c.text }]
          : [],
      ),
    );
    await this.app.db.executeWrite('test.powers', async (tx) => {
      await tx.run(WRITE_POWERS, { rows: rows.map((r) => r.row) });
      await tx.run(LINK_EXERCISERS, { rows: exercisers });
      await tx.run(LINK_STRUCTURE, { rows: structure });
      await tx.run(WRITE_RESPONSIBILITIES, { rows: responsibilities });
      await tx.run(LINK_BASIS, { rows: basis });
    });
    // The importer links citations of older versions to their law (CITES_LAW); so does this.
    await linkStoredLawCitations(this.app.db, { force: true });
    return Object.fromEntries(rows.map(({ spec, row }) => [spec.key, row.id]));
  }
}
