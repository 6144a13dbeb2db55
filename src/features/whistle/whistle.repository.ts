import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { listKind } from '../../domain/list-kinds';
import type { PageRequest } from '../../shared/pagination';
import {
  nameIdCursor,
  type OrganizationCountRequest,
  type OrganizationPageRequest,
} from '../enforcement/organization-pages';
import type { WhistleMatterFilterModel, WhistleMatterModel, WhistleSide } from './whistle.model';

const LIST_PAGE = cypher('whistle/list-page');
const COUNT = cypher('whistle/count');
const FIND_BY_IDS = cypher(listKind('whistle').statements.findByIds);
const PAGE_BY_ORGANIZATIONS = cypher('whistle/page-by-organizations');
const COUNT_BY_ORGANIZATIONS = cypher('whistle/count-by-organizations');

export class WhistleRepository {
  constructor(private readonly db: Database) {}

  async page(filter: WhistleMatterFilterModel, asOf: string, page: PageRequest): Promise<WhistleMatterModel[]> {
    const rows = await this.db.read('whistleMatters.page', LIST_PAGE, {
      ...filter,
      ...nameIdCursor(page),
      asOf,
      limit: page.limit + 1,
    });
    return rows.map((row) => row['matter'] as WhistleMatterModel);
  }

  async count(filter: WhistleMatterFilterModel, asOf: string): Promise<number> {
    const rows = await this.db.read('whistleMatters.count', COUNT, { ...filter, asOf });
    return Number(rows[0]?.['total'] ?? 0);
  }

  async findByIds(ids: readonly string[], asOf: string): Promise<WhistleMatterModel[]> {
    const rows = await this.db.read('whistleMatters.byIds', FIND_BY_IDS, { ids, asOf });
    return rows.map((row) => row['matter'] as WhistleMatterModel);
  }

  /** One page per request, all in one round trip: `[request key, matter]` in page order. */
  async pagesOfOrganizations(
    requests: readonly OrganizationPageRequest<WhistleSide>[],
  ): Promise<[string, WhistleMatterModel][]> {
    const rows = await this.db.read('whistleMatters.pagesOfOrganizations', PAGE_BY_ORGANIZATIONS, {
      requests,
      limit: Math.max(0, ...requests.map((r) => r.limit)),
    });
    return rows.map((row) => [row['key'] as string, row['matter'] as WhistleMatterModel]);
  }

  async countsOfOrganizations(requests: readonly OrganizationCountRequest<WhistleSide>[]): Promise<[string, number][]> {
    const rows = await this.db.read('whistleMatters.countsOfOrganizations', COUNT_BY_ORGANIZATIONS, { requests });
    return rows.map((row) => [row['key'] as string, Number(row['total'] ?? 0)]);
  }
}
