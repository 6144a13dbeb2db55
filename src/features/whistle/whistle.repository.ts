import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, ids, maybeNumber, maybeText, model, text } from '../../db/decode';
import type { PageRequest } from '../../shared/pagination';
import { listRowReader } from '../list-rows/list-row-reader';
import {
  nameIdCursor,
  type OrganizationCountRequest,
  type OrganizationPageRequest,
} from '../enforcement/organization-pages';
import type { WhistleMatterFilterModel, WhistleMatterModel, WhistleSide } from './whistle.model';

const LIST_PAGE = cypher('whistle/list-page');
const COUNT = cypher('whistle/count');
const PAGE_BY_ORGANIZATIONS = cypher('whistle/page-by-organizations');
const COUNT_BY_ORGANIZATIONS = cypher('whistle/count-by-organizations');

/** A WhistleMatter as the statements project it (`matter`). */
export const WHISTLE_MATTER = model({
  id: text,
  name: text,
  kind: maybeText,
  urgency: maybeText,
  responseLimitMinutes: maybeNumber,
  closeLimitDays: maybeNumber,
  streetDuty: maybeText,
  remarks: maybeText,
  validFrom: maybeText,
  validTo: maybeText,
  asOf: text,
  whistledByIds: ids,
  leadIds: ids,
  cooperatingIds: ids,
  neededPowerIds: ids,
}) satisfies z.ZodType<WhistleMatterModel>;

/** Its rows by id (node(id:), the loaders, an impact's snapshot) and its relations (list-row.resolvers.ts). */
export const WHISTLE_ROWS = listRowReader<WhistleMatterModel>('WhistleMatter', 'matter', WHISTLE_MATTER, {
  whistledBy: { organizations: 'whistledByIds' },
  lead: { organizations: 'leadIds' },
  cooperating: { organizations: 'cooperatingIds' },
  neededPowers: { powers: 'neededPowerIds' },
});

export class WhistleRepository {
  constructor(private readonly db: Database) {}

  async page(filter: WhistleMatterFilterModel, asOf: string, page: PageRequest): Promise<WhistleMatterModel[]> {
    const rows = await this.db.read('whistleMatters.page', LIST_PAGE, {
      ...filter,
      ...nameIdCursor(page),
      asOf,
      limit: page.limit + 1,
    });
    return decodeRows(LIST_PAGE, rows, z.object({ matter: WHISTLE_MATTER })).map((r) => r.matter);
  }

  async count(filter: WhistleMatterFilterModel, asOf: string): Promise<number> {
    const rows = await this.db.read('whistleMatters.count', COUNT, { ...filter, asOf });
    return Number(rows[0]?.['total'] ?? 0);
  }

  /** One page per request, all in one round trip: `[request key, matter]` in page order. */
  async pagesOfOrganizations(
    requests: readonly OrganizationPageRequest<WhistleSide>[],
  ): Promise<[string, WhistleMatterModel][]> {
    const rows = await this.db.read('whistleMatters.pagesOfOrganizations', PAGE_BY_ORGANIZATIONS, {
      requests,
      limit: Math.max(0, ...requests.map((r) => r.limit)),
    });
    return decodeRows(PAGE_BY_ORGANIZATIONS, rows, z.object({ key: text, matter: WHISTLE_MATTER })).map((r): [string, WhistleMatterModel] => [r.key, r.matter]);
  }

  async countsOfOrganizations(requests: readonly OrganizationCountRequest<WhistleSide>[]): Promise<[string, number][]> {
    const rows = await this.db.read('whistleMatters.countsOfOrganizations', COUNT_BY_ORGANIZATIONS, { requests });
    return decodeRows(COUNT_BY_ORGANIZATIONS, rows, z.object({ key: text, total: z.number() })).map((r): [string, number] => [r.key, r.total]);
  }
}
