import { cypher, type CypherRef } from '../../db/cypher-registry';
import type { Database, Row } from '../../db/database';
import { decodeColumn } from '../../db/decode';
import type { OrganizationModel } from '../organization/organization.model';
import { ORGANIZATION } from '../organization/organization.rows';
import type { PowerFilterModel, PowerModel, PowerSortKey, ResponsibilityModel } from './power.model';
import { POWER, RESPONSIBILITY } from './power.rows';

const LIST_PAGE = cypher('power/list-page');
const COUNT = cypher('power/count');
const LIST_PAGES_OF_ORGANIZATIONS = cypher('power/list-pages-of-organizations');
const COUNT_OF_ORGANIZATION = cypher('power/count-of-organization');
const FIND_BY_IDS = cypher('power/find-by-ids');
const FIND_EXERCISERS = cypher('power/find-exercisers');
const FIND_RESPONSIBILITIES = cypher('power/find-responsibilities');
const FIND_SUB_ITEMS = cypher('power/find-sub-items');

/** A page of one organization's powers, as the DataLoader batches them. */
export interface OrganizationPowersRequest {
  organizationId: string;
  filter: PowerFilterModel;
  asOf: string;
  limit: number;
  after: PowerSortKey | null;
}

/** `{powerId, asOf}` or `{parentId, asOf}`: a relation as it stood on a date. */
export interface DatedKey {
  id: string;
  asOf: string;
}

export const datedKeyId = (key: DatedKey): string => `${key.id}|${key.asOf}`;
export const organizationPowersRequestId = (r: OrganizationPowersRequest): string => JSON.stringify(r);

/** The keyset cursor of a power list as the statements take it. */
export const afterParams = (after: PowerSortKey | null): Record<string, string | null> => ({
  afterName: after?.[0] ?? null,
  afterSub: after?.[1] ?? null,
  afterId: after?.[2] ?? null,
});

const powers = (ref: CypherRef, rows: readonly Row[]): PowerModel[] => decodeColumn(ref, rows, 'power', POWER);

export class PowerRepository {
  constructor(private readonly db: Database) {}

  /** `limit` rows after the cursor (ask for one more than the page to learn if a next page exists). */
  async page(filter: PowerFilterModel, asOf: string, limit: number, after: PowerSortKey | null): Promise<PowerModel[]> {
    const rows = await this.db.read('powers.page', LIST_PAGE, { ...filter, asOf, ...afterParams(after), limit });
    return powers(LIST_PAGE, rows);
  }

  async count(filter: PowerFilterModel, asOf: string): Promise<number> {
    const rows = await this.db.read('powers.count', COUNT, { ...filter, asOf });
    return Number(rows[0]?.['total'] ?? 0);
  }

  /**
   * Pages of several organizations' powers in one round trip, as `[request id, power]` pairs.
   * Each request gets up to the largest `limit` asked; callers slice their own.
   */
  async pagesOfOrganizations(
    requests: readonly OrganizationPowersRequest[],
  ): Promise<Array<readonly [string, PowerModel]>> {
    const params = requests.map((r) => ({
      key: organizationPowersRequestId(r),
      organizationId: r.organizationId,
      asOf: r.asOf,
      ...r.filter,
      ...afterParams(r.after),
    }));
    const limit = Math.max(0, ...requests.map((r) => r.limit));
    const rows = await this.db.read('organizations.powers', LIST_PAGES_OF_ORGANIZATIONS, { requests: params, limit });
    const found = powers(LIST_PAGES_OF_ORGANIZATIONS, rows);
    return rows.map((row, i) => [String(row['key']), found[i]!] as const);
  }

  async countOfOrganization(organizationId: string, filter: PowerFilterModel, asOf: string): Promise<number> {
    const rows = await this.db.read('organizations.powers.count', COUNT_OF_ORGANIZATION, {
      ...filter,
      organizationId,
      asOf,
    });
    return Number(rows[0]?.['total'] ?? 0);
  }

  async findByIds(ids: readonly string[]): Promise<PowerModel[]> {
    const rows = await this.db.read('powers.byIds', FIND_BY_IDS, { ids });
    return powers(FIND_BY_IDS, rows);
  }

  /** Exercising organizations per `{power id, asOf}`, as `[datedKeyId, organization]` pairs. */
  async findExercisers(keys: readonly DatedKey[]): Promise<Array<readonly [string, OrganizationModel]>> {
    const rows = await this.db.read('powers.exercisedBy', FIND_EXERCISERS, {
      keys: keys.map((k) => ({ powerId: k.id, asOf: k.asOf })),
    });
    const organizations = decodeColumn(FIND_EXERCISERS, rows, 'organization', ORGANIZATION);
    return rows.map(
      (row, i) => [datedKeyId({ id: String(row['powerId']), asOf: String(row['asOf']) }), organizations[i]!] as const,
    );
  }

  async findResponsibilities(powerIds: readonly string[]): Promise<Array<readonly [string, ResponsibilityModel]>> {
    const rows = await this.db.read('powers.responsibilities', FIND_RESPONSIBILITIES, { ids: powerIds });
    const responsibilities = decodeColumn(FIND_RESPONSIBILITIES, rows, 'responsibility', RESPONSIBILITY);
    return rows.map((row, i) => {
      const powerId = String(row['powerId']);
      return [powerId, { ...responsibilities[i]!, powerId }] as const;
    });
  }

  /** Sub-item rows per `{parent id, asOf}`, as `[datedKeyId, power]` pairs. */
  async findSubItems(keys: readonly DatedKey[]): Promise<Array<readonly [string, PowerModel]>> {
    const rows = await this.db.read('powers.subItems', FIND_SUB_ITEMS, {
      keys: keys.map((k) => ({ parentId: k.id, asOf: k.asOf })),
    });
    const subItems = powers(FIND_SUB_ITEMS, rows);
    return rows.map(
      (row, i) => [datedKeyId({ id: String(row['parentId']), asOf: String(row['asOf']) }), subItems[i]!] as const,
    );
  }
}
