import { piece } from '../../db/cypher-registry';
import type { PageRequest } from '../../shared/pagination';
import type { CompiledType, FieldEnv, Read, RootPlan, Target } from '../compiled-read/compile';
import { optional, pagePlan } from '../compiled-read/fields';
import type {
  AdminDivisionModel,
  OrganizationConnectionModel,
  OrganizationFilterModel,
  OrganizationModel,
} from './organization.model';
import { ADMIN_DIVISION, ORGANIZATION } from './organization.rows';

const ROW = piece('organization/row');
const BRIEF_ROW = piece('organization/brief-row');
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
  // Its lists (read by its id) but not its division or parent (by their ids, which the brief row leaves out).
  brief: {
    fields: new Set([
      'id',
      'name',
      'orgType',
      'validFrom',
      'validTo',
      'powers',
      'enforcementItemsReceived',
      'enforcementItemsHandedOver',
    ]),
    row: BRIEF_ROW,
    schema: ORGANIZATION.pick({ id: true, name: true, orgType: true, validFrom: true, validTo: true }),
  },
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

/** organizations(...): the page and, when asked, the count, as the resolver reads them. */
export function organizationsPage(
  env: FieldEnv,
  filter: OrganizationFilterModel,
  asOf: string,
  request: PageRequest,
  count: () => Promise<number>,
): RootPlan<OrganizationConnectionModel> {
  const [afterName = null, afterId = null] = request.after ?? [];
  const plan = pagePlan<OrganizationModel>(env, {
    connection: 'OrganizationConnection',
    type: 'Organization',
    asOf,
    page: PAGE,
    count: COUNT,
    params: { ...filter, asOf, afterName, afterId },
    request,
    keyOf: (o) => [o.name, o.id],
  });
  return { reads: plan.reads, finish: (values) => plan.connection(values, count) };
}
