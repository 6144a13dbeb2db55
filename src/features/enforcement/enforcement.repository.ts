import { z } from 'zod';

import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeRows, maybeText, model, text } from '../../db/decode';
import type { PageRequest } from '../../shared/pagination';
import { listRowReader } from '../list-rows/list-row-reader';
import {
  type EnforcementItemFilterModel,
  type EnforcementItemModel,
  type EnforcementSide,
  HAND_OVER_MODES,
} from './enforcement.model';
import { nameIdCursor, type OrganizationCountRequest, type OrganizationPageRequest } from './organization-pages';

const LIST_PAGE = cypher('enforcement/list-page');
const COUNT = cypher('enforcement/count');
const PAGE_BY_ORGANIZATIONS = cypher('enforcement/page-by-organizations');
const COUNT_BY_ORGANIZATIONS = cypher('enforcement/count-by-organizations');

/** An EnforcementItem as the statements project it (`item`). */
const ENFORCEMENT_ITEM = model({
  id: text,
  name: text,
  originalCode: maybeText,
  rawMode: text,
  mode: z.enum(HAND_OVER_MODES),
  actsInNameOf: z.enum(['SELF', 'DELEGATOR']),
  decisionDocNo: maybeText,
  published: z.boolean(),
  validFrom: maybeText,
  validTo: maybeText,
  evaluationDue: maybeText,
  status: text,
  asOf: text,
  powerId: maybeText,
  fromId: maybeText,
  toId: maybeText,
}) satisfies z.ZodType<EnforcementItemModel>;

/** Its rows by id (node(id:), the loaders, an impact's snapshot) and its relations (list-row.resolvers.ts). */
export const ENFORCEMENT_ROWS = listRowReader<EnforcementItemModel>('EnforcementItem', 'item', ENFORCEMENT_ITEM, {
  power: { power: 'powerId', required: { zh: '下放的权力', en: 'handed-over power' } },
  from: { organization: 'fromId', required: { zh: '原实施部门', en: 'handing-over department' } },
  to: { organization: 'toId', required: { zh: '承接乡镇（街道）', en: 'receiving township' } },
});

export class EnforcementRepository {
  constructor(private readonly db: Database) {}

  async page(filter: EnforcementItemFilterModel, asOf: string, page: PageRequest): Promise<EnforcementItemModel[]> {
    const rows = await this.db.read('enforcementItems.page', LIST_PAGE, {
      ...filter,
      ...nameIdCursor(page),
      asOf,
      limit: page.limit + 1,
    });
    return decodeRows(LIST_PAGE, rows, z.object({ item: ENFORCEMENT_ITEM })).map((r) => r.item);
  }

  async count(filter: EnforcementItemFilterModel, asOf: string): Promise<number> {
    const rows = await this.db.read('enforcementItems.count', COUNT, { ...filter, asOf });
    return Number(rows[0]?.['total'] ?? 0);
  }

  /** One page per request, all in one round trip: `[request key, item]` in page order. */
  async pagesOfOrganizations(
    requests: readonly OrganizationPageRequest<EnforcementSide>[],
  ): Promise<[string, EnforcementItemModel][]> {
    const rows = await this.db.read('enforcementItems.pagesOfOrganizations', PAGE_BY_ORGANIZATIONS, {
      requests,
      limit: Math.max(0, ...requests.map((r) => r.limit)),
    });
    return decodeRows(PAGE_BY_ORGANIZATIONS, rows, z.object({ key: text, item: ENFORCEMENT_ITEM })).map((r): [string, EnforcementItemModel] => [r.key, r.item]);
  }

  async countsOfOrganizations(
    requests: readonly OrganizationCountRequest<EnforcementSide>[],
  ): Promise<[string, number][]> {
    const rows = await this.db.read('enforcementItems.countsOfOrganizations', COUNT_BY_ORGANIZATIONS, { requests });
    return decodeRows(COUNT_BY_ORGANIZATIONS, rows, z.object({ key: text, total: z.number() })).map((r): [string, number] => [r.key, r.total]);
  }
}
