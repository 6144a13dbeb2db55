import type { App } from '../../src/app';
import {
  OrganizationRepository,
  type DivisionInput,
  type OrganizationInput,
} from '../../src/features/organization/organization.repository';

/**
 * Small builders over the same repository code the service uses. Every name and code carries
 * the caller's unique prefix so tests never see each other's data.
 */
export class GraphBuilder {
  private readonly organizations: OrganizationRepository;

  constructor(
    app: App,
    readonly prefix: string,
  ) {
    this.organizations = new OrganizationRepository(app.db);
  }

  /** A division code unique to this builder: the prefix's hex digits keep codes apart. */
  code(local: string): string {
    return `${this.prefix}-${local}`;
  }

  name(local: string): string {
    return `${this.prefix}${local}`;
  }

  async divisions(divisions: DivisionInput[]): Promise<void> {
    await this.organizations.upsertDivisions(
      divisions.map((d) => ({ ...d, code: this.code(d.code), parentCode: d.parentCode ? this.code(d.parentCode) : null })),
    );
  }

  async orgs(organizations: OrganizationInput[]): Promise<string[]> {
    return this.organizations.upsertOrganizations(
      organizations.map((o) => ({
        ...o,
        name: this.name(o.name),
        divisionCode: o.divisionCode ? this.code(o.divisionCode) : null,
        parentName: o.parentName ? this.name(o.parentName) : null,
      })),
    );
  }
}
