/**
 * catalogConformance (issue 17 §1): an organization's (or a division's organizations') list held
 * against the guiding catalogs that govern them. The rows that match come from the stored matches;
 * what is missing, extra, at another level or deviating comes from the four catalog findings, so
 * the query, the findings and the report say the same. Shared by the resolver and `quanze report`.
 * 指导目录符合情况：与问题清单同源。
 */
import type { Database } from '../../db/database';
import { FindingRepository } from '../analysis/findings/finding.repository';
import type { FindingKindValue, FindingModel } from '../analysis/findings/finding.model';
import type { CatalogConformanceModel, ConformanceRowModel, ConformanceStatus } from './catalog.model';
import { CatalogRepository } from './catalog.repository';

/** The most organizations one division's conformance covers. */
export const CONFORMANCE_MAX_ORGANIZATIONS = 500;

const STATUS_OF: Readonly<Record<string, ConformanceStatus>> = {
  MISSING_CATALOG_ITEM: 'MISSING',
  NOT_IN_CATALOG: 'EXTRA',
  LEVEL_MISMATCH: 'LEVEL_MISMATCH',
};
const KINDS: readonly FindingKindValue[] = ['MISSING_CATALOG_ITEM', 'NOT_IN_CATALOG', 'LEVEL_MISMATCH', 'CATALOG_DEVIATION'];

export class CatalogService {
  private readonly repository: CatalogRepository;

  constructor(private readonly db: Database) {
    this.repository = new CatalogRepository(db);
  }

  /** Every governed organization (the report without --org). */
  async ofAll(asOf: string): Promise<CatalogConformanceModel> {
    return this.conformance(await this.repository.governedOrganizations(asOf), asOf);
  }

  async ofDivision(divisionCode: string, asOf: string): Promise<CatalogConformanceModel> {
    const ids = await this.repository.organizationsOfDivision(divisionCode, asOf, CONFORMANCE_MAX_ORGANIZATIONS);
    return { ...(await this.conformance(ids, asOf)), divisionCode };
  }

  async conformance(organizationIds: readonly string[], asOf: string): Promise<CatalogConformanceModel> {
    const governed = organizationIds.length === 0 ? [] : await this.repository.governed(organizationIds, asOf);
    const findings = new FindingRepository(this.db);
    const found: ReadonlyMap<FindingKindValue, FindingModel[]> =
      governed.length === 0 ? new Map() : await findings.ofKinds(KINDS, asOf, organizationIds);
    const deviations = new Map(
      (found.get('CATALOG_DEVIATION') ?? []).map((f) => [`${f.subject.id}|${f.related[0]?.id ?? ''}|${f.organizations[0]?.id ?? ''}`, f]),
    );
    const itemIds = [
      ...(found.get('MISSING_CATALOG_ITEM') ?? []).map((f) => f.subject.id),
      ...(found.get('LEVEL_MISMATCH') ?? []).flatMap((f) => f.related.map((r) => r.id)),
    ];
    const catalogOfItem = new Map((await this.repository.findItems([...new Set(itemIds)])).map((i) => [i.id, i.catalog]));
    const governing = (organizationId: string) => governed.filter((g) => g.organizationId === organizationId);
    const rows: ConformanceRowModel[] = [];
    for (const g of governed) {
      for (const m of g.matches) {
        const deviation = deviations.get(`${m.powerId}|${m.itemId}|${g.organizationId}`);
        rows.push({
          status: deviation ? 'DEVIATING' : 'MATCHED',
          organizationId: g.organizationId,
          organizationName: g.organizationName,
          catalog: g.catalog,
          level: g.level,
          powerId: m.powerId,
          powerName: m.powerName,
          itemId: m.itemId,
          itemName: m.itemName,
          method: m.method,
          score: m.score,
          explanation: deviation?.explanation ?? null,
          explanationEn: deviation?.explanationEn ?? null,
        });
      }
    }
    for (const kind of ['MISSING_CATALOG_ITEM', 'NOT_IN_CATALOG', 'LEVEL_MISMATCH'] as const) {
      for (const f of found.get(kind) ?? []) {
        const organizationId = f.organizations[0]?.id ?? '';
        const item = kind === 'MISSING_CATALOG_ITEM' ? f.subject.id : kind === 'LEVEL_MISMATCH' ? (f.related[0]?.id ?? null) : null;
        // A row extra to every catalog governing its organization names them all.
        const catalogs = item ? governing(organizationId).filter((g) => g.catalog === catalogOfItem.get(item)) : governing(organizationId);
        rows.push({
          status: STATUS_OF[kind]!,
          organizationId,
          organizationName: f.organizations[0]?.name ?? '',
          catalog: catalogs.map((g) => g.catalog).join('、'),
          level: [...new Set(catalogs.map((g) => g.level))].join('、'),
          powerId: kind === 'MISSING_CATALOG_ITEM' ? null : f.subject.id,
          powerName: kind === 'MISSING_CATALOG_ITEM' ? null : f.subject.name,
          itemId: item,
          itemName: kind === 'MISSING_CATALOG_ITEM' ? f.subject.name : (f.related[0]?.name ?? null),
          method: null,
          score: null,
          explanation: f.explanation,
          explanationEn: f.explanationEn,
        });
      }
    }
    const count = (status: ConformanceStatus) => rows.filter((r) => r.status === status).length;
    return {
      asOf,
      organizationIds: [...organizationIds],
      divisionCode: null,
      governed: governed.map(({ organizationId, catalog, level, items }) => ({ organizationId, catalog, level, items })),
      counts: {
        catalogItems: governed.reduce((n, g) => n + g.items, 0),
        matched: count('MATCHED') + count('DEVIATING'),
        missing: count('MISSING'),
        extra: count('EXTRA') + count('LEVEL_MISMATCH'),
        deviating: count('DEVIATING'),
        levelMismatch: count('LEVEL_MISMATCH'),
      },
      rows,
    };
  }
}
