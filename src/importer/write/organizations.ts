import { cypher } from '../../db/cypher-registry';
import type { Database, Tx } from '../../db/database';
import { organizationIdFor, type OrgTypeValue } from '../../domain/organizations';
import { runBatched } from './batches';

const EXISTING = cypher('import/organizations-existing');
const ENSURE = cypher('import/organizations-ensure');

export interface NamedOrganization {
  nameKey: string;
  name: string;
  /** For internal units (承办机构): the nameKey of the body they belong to. */
  parentKey: string | null;
  orgType?: OrgTypeValue;
}

/** A best guess of the type of an organization known only by name; the organizations file overrides it. */
export function guessOrgType(name: string, isUnit: boolean): OrgTypeValue {
  if (isUnit) return 'INTERNAL_UNIT';
  if (/街道(办事处)?$/u.test(name)) return 'STREET_OFFICE';
  if (/[乡镇](人民)?政府$|[乡镇]$/u.test(name)) return 'TOWNSHIP_GOV';
  if (/综合(行政)?执法(大)?队$/u.test(name)) return 'ENFORCEMENT_TEAM';
  return 'GOV_DEPT';
}

/** The organizations among these that the graph does not have yet (to report them as created). */
export async function missingOrganizations(db: Database, named: readonly NamedOrganization[]): Promise<NamedOrganization[]> {
  const keys = [...new Set(named.map((o) => o.nameKey))];
  const rows = await db.read('import.organizations.existing', EXISTING, { keys });
  const present = new Set(rows.map((r) => String(r['nameKey'])));
  const seen = new Set<string>();
  return named.filter((o) => !present.has(o.nameKey) && !seen.has(o.nameKey) && seen.add(o.nameKey));
}

/** Creates them inside the import's transaction; existing organizations are left as they are. */
export async function ensureOrganizations(
  tx: Tx,
  named: readonly NamedOrganization[],
  context: { sourceFile: string; divisionCode: string | null },
): Promise<void> {
  // Parents first, so an internal unit's PART_OF finds its body in the same batch run.
  const ordered = [...named].sort((a, b) => Number(a.parentKey !== null) - Number(b.parentKey !== null));
  await runBatched(
    tx,
    ENSURE,
    ordered.map((o) => ({
      nameKey: o.nameKey,
      id: organizationIdFor(o.nameKey),
      name: o.name,
      orgType: o.orgType ?? guessOrgType(o.name, o.parentKey !== null),
      parentKey: o.parentKey,
      sourceFile: context.sourceFile,
      divisionCode: o.parentKey === null ? context.divisionCode : null,
    })),
  );
}
