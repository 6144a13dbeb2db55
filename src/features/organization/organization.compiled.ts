import { piece } from '../../db/cypher-registry';
import { pageRequest, toConnection } from '../../shared/pagination';
import type { CompiledType, FieldEnv, Read, RootPlan, Target } from '../compiled-read/compile';
import { connectionSelection, countOf, optional } from '../compiled-read/fields';
import type {
  AdminDivisionModel,
  OrganizationConnectionModel,
  OrganizationFilterModel,
  OrganizationModel,
} from './organization.model';
import { ADMIN_DIVISION, ORGANIZATION } from './organization.rows';

const ROW = piece('organization/row');
const BY_ID = piece('organization/by-id');
const PAGE = piece('organization/page');
const COUNT = piece('organization/count');
const DIVISION_ROW = piece('organization/division-row');
const DIVISION = piece('organization/division');
const DIVISION_PARENT = piece('organization/division-parent');
const PARENT = piece('organization/parent');

/** Organization // 机构: its fields that read more are compiled where their feature is (powers, hand-overs). */
export const compiledOrganization: CompiledType<OrganizationModel> = {
  name: 'Organization',
  schema: ORGANIZATION,
  row: () => ROW,
  fields: { division: optional(DIVISION, 'AdminDivision'), parent: optional(PARENT, 'Organization') },
};

/** AdminDivision // 行政区划 */
export const compiledAdminDivision: CompiledType<AdminDivisionModel> = {
  name: 'AdminDivision',
  schema: ADMIN_DIVISION,
  row: () => DIVISION_ROW,
  fields: { parent: optional(DIVISION_PARENT, 'AdminDivision') },
};

/** node(id:) of an organization. */
export const organizationById = (id: string, target: Target): Read => ({ piece: BY_ID, params: { id }, target });

/** organizations(...): the page (limit + 1 rows) and, when asked, the count; as the resolver reads them. */
export function organizationsPage(
  env: FieldEnv,
  filter: OrganizationFilterModel,
  asOf: string,
  count: () => Promise<number>,
): RootPlan<OrganizationConnectionModel> {
  const args = env.field.args as { first?: number | null; after?: string | null };
  const selection = connectionSelection(env, 'OrganizationConnection');
  const page = pageRequest(args.first, args.after);
  const [afterName = null, afterId = null] = page.after ?? [];
  const reads: Read[] = [
    {
      piece: PAGE,
      params: { ...filter, asOf, limit: page.limit + 1, afterName, afterId },
      target: { type: 'Organization', nodes: selection.nodes, asOf },
    },
  ];
  if (selection.totalCount) reads.push({ piece: COUNT, params: { ...filter, asOf } });
  return {
    reads,
    finish: ([rows, total]) =>
      toConnection(
        rows as OrganizationModel[],
        page,
        (o) => [o.name, o.id],
        total === undefined ? count : countOf(total),
      ),
  };
}
