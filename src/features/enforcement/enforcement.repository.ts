import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { listKind } from '../../domain/list-kinds';
import type { PageRequest } from '../../shared/pagination';
import type { EnforcementItemFilterModel, EnforcementItemModel, EnforcementSide } from './enforcement.model';
import { nameIdCursor, type OrganizationCountRequest, type OrganizationPageRequest } from './organization-pages';

const LIST_PAGE = cypher('enforcement/list-page');
const COUNT = cypher('enforcement/count');
const FIND_BY_IDS = cypher(listKind('enforcement').statements.findByIds);
const PAGE_BY_ORGANIZATIONS = cypher('enforcement/page-by-organizations');
const COUNT_BY_ORGANIZATIONS = cypher('enforcement/count-by-organizations');

export class EnforcementRepository {
  constructor(private readonly db: Database) {}

  async page(filter: EnforcementItemFilterModel, asOf: string, page: PageRequest): Promise<EnforcementItemModel[]> {
    const rows = await this.db.read('enforcementItems.page', LIST_PAGE, {
      ...filter,
      ...nameIdCursor(page),
      asOf,
      limit: page.limit + 1,
    });
    return rows.map((row) => row['item'] as EnforcementItemModel);
  }

  async count(filter: EnforcementItemFilterModel, asOf: string): Promise<number> {
    const rows = await this.db.read('enforcementItems.count', COUNT, { ...filter, asOf });
    return Number(rows[0]?.['total'] ?? 0);
  }

  async findByIds(ids: readonly string[], asOf: string): Promise<EnforcementItemModel[]> {
    const rows = await this.db.read('enforcementItems.byIds', FIND_BY_IDS, { ids, asOf });
    return rows.map((row) => row['item'] as EnforcementItemModel);
  }

  /** One page per request, all in one round trip: `[request key, item]` in page order. */
  async pagesOfOrganizations(
    requests: readonly OrganizationPageRequest<EnforcementSide>[],
  ): Promise<[string, EnforcementItemModel][]> {
    const rows = await this.db.read('enforcementItems.pagesOfOrganizations', PAGE_BY_ORGANIZATIONS, {
      requests,
      limit: Math.max(0, ...requests.map((r) => r.limit)),
    });
    return rows.map((row) => [row['key'] as string, row['item'] as EnforcementItemModel]);
  }

  async countsOfOrganizations(
    requests: readonly OrganizationCountRequest<EnforcementSide>[],
  ): Promise<[string, number][]> {
    const rows = await this.db.read('enforcementItems.countsOfOrganizations', COUNT_BY_ORGANIZATIONS, { requests });
    return rows.map((row) => [row['key'] as string, Number(row['total'] ?? 0)]);
  }
}
