import { cypher } from '../../db/cypher-registry';
import type { Database } from '../../db/database';
import { decodeColumn } from '../../db/decode';
import type { PageRequest } from '../../shared/pagination';
import { organizationIdFor, organizationNameKey, type OrgTypeValue } from '../../domain/organizations';
import type { AdminDivisionModel, OrganizationFilterModel, OrganizationModel } from './organization.model';
import { ADMIN_DIVISION, ORGANIZATION } from './organization.rows';

const LIST_PAGE = cypher('organization/list-page');
const COUNT = cypher('organization/count');
const FIND_BY_IDS = cypher('organization/find-by-ids');
const FIND_DIVISIONS = cypher('organization/find-divisions-by-codes');
const UPSERT_ORGANIZATIONS = cypher('organization/upsert-organizations');
const UPSERT_DIVISIONS = cypher('organization/upsert-divisions');
const LINK_DIVISIONS = cypher('organization/link-divisions');
const LINK_ORGANIZATIONS = cypher('organization/link-organizations');

// bench/ still imports these from here.
export { organizationIdFor, organizationNameKey };

export interface OrganizationInput {
  name: string;
  orgType: OrgTypeValue;
  divisionCode?: string | null;
  parentName?: string | null;
  uscc?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface DivisionInput {
  code: string;
  name: string;
  level: string;
  parentCode?: string | null;
}

export class OrganizationRepository {
  constructor(private readonly db: Database) {}

  async page(filter: OrganizationFilterModel, asOf: string, page: PageRequest): Promise<OrganizationModel[]> {
    const [afterName, afterId] = page.after ?? [null, null];
    const rows = await this.db.read('organizations.page', LIST_PAGE, {
      ...filter,
      asOf,
      afterName,
      afterId,
      limit: page.limit + 1,
    });
    return decodeColumn(LIST_PAGE, rows, 'organization', ORGANIZATION);
  }

  async count(filter: OrganizationFilterModel, asOf: string): Promise<number> {
    const rows = await this.db.read('organizations.count', COUNT, { ...filter, asOf });
    return Number(rows[0]?.['total'] ?? 0);
  }

  async findByIds(ids: readonly string[]): Promise<OrganizationModel[]> {
    const rows = await this.db.read('organizations.byIds', FIND_BY_IDS, { ids });
    return decodeColumn(FIND_BY_IDS, rows, 'organization', ORGANIZATION);
  }

  async findDivisions(codes: readonly string[]): Promise<AdminDivisionModel[]> {
    const rows = await this.db.read('divisions.byCodes', FIND_DIVISIONS, { codes });
    return decodeColumn(FIND_DIVISIONS, rows, 'division', ADMIN_DIVISION);
  }

  /** Writes divisions in one transaction; parents may be in the same batch. */
  async upsertDivisions(divisions: readonly DivisionInput[]): Promise<void> {
    const rows = divisions.map((d) => ({ ...d, parentCode: d.parentCode ?? null }));
    await this.db.executeWrite('divisions.upsert', async (tx) => {
      await tx.run(UPSERT_DIVISIONS, { rows });
      await tx.run(LINK_DIVISIONS, { rows });
    });
  }

  /** Writes organizations in one transaction; parents may be in the same batch. */
  async upsertOrganizations(organizations: readonly OrganizationInput[]): Promise<string[]> {
    const rows = organizations.map((o) => {
      const nameKey = organizationNameKey(o.name);
      return {
        id: organizationIdFor(nameKey),
        nameKey,
        name: o.name.trim(),
        orgType: o.orgType,
        divisionCode: o.divisionCode ?? null,
        parentNameKey: o.parentName ? organizationNameKey(o.parentName) : null,
        uscc: o.uscc ?? null,
        validFrom: o.validFrom ?? null,
        validTo: o.validTo ?? null,
      };
    });
    await this.db.executeWrite('organizations.upsert', async (tx) => {
      await tx.run(UPSERT_ORGANIZATIONS, { rows });
      await tx.run(LINK_ORGANIZATIONS, { rows });
    });
    return rows.map((r) => r.id);
  }
}
