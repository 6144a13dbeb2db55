import { piece } from '../../db/cypher-registry';
import { asOfDate } from '../../shared/dates';
import { pageRequest } from '../../shared/pagination';
import type { CompiledType, FieldCompiler } from '../compiled-read/compile';
import { UNCOVERED } from '../compiled-read/compile';
import { one, pagePlan } from '../compiled-read/fields';
import type { OrganizationModel } from '../organization/organization.model';
import type { PowerModel } from '../power/power.model';
import type { EnforcementItemModel, EnforcementSide } from './enforcement.model';
import { ENFORCEMENT_ROWS } from './enforcement.repository';
import { nameIdCursor, organizationCountRequest } from './organization-pages';

const ROW = piece('enforcement/row');
const OF_ORGANIZATION = piece('enforcement/of-organization');
const COUNT_OF_ORGANIZATION = piece('enforcement/count-of-organization');
const POWER = piece('enforcement/power');
const END = piece('enforcement/end');

/** EnforcementItem // 乡镇综合行政执法事项, read for the date of its list (`asOf`). */
export const compiledEnforcementItem: CompiledType<EnforcementItemModel> = {
  name: 'EnforcementItem',
  schema: ENFORCEMENT_ROWS.schema,
  row: () => ROW,
  fields: {
    power: (env) => ({
      reads: [
        { piece: POWER, params: { asOf: env.asOf }, target: { type: 'Power', nodes: env.field.nodes, asOf: env.asOf } },
      ],
      finish: ([rows], e) => {
        const [power] = rows as PowerModel[];
        return power === undefined ? UNCOVERED : { ...power, listedAsOf: e.asOf };
      },
    }),
    from: one(END, 'Organization', () => ({ side: 'FROM' })),
    to: one(END, 'Organization', () => ({ side: 'TO' })),
  },
};

/** Organization.enforcementItemsReceived (TO) and enforcementItemsHandedOver (FROM), as enforcement.resolvers.ts reads them. */
const itemsOfOrganization =
  (side: EnforcementSide): FieldCompiler<OrganizationModel> =>
  (env) => {
    const args = env.field.args as { asOf?: string | null; first?: number | null; after?: string | null };
    const asOf = asOfDate(args.asOf, env.ctx.today);
    const request = pageRequest(args.first, args.after);
    const plan = pagePlan<EnforcementItemModel>(env, {
      connection: 'EnforcementItemConnection',
      type: 'EnforcementItem',
      asOf,
      page: OF_ORGANIZATION,
      count: COUNT_OF_ORGANIZATION,
      params: { side, asOf, ...nameIdCursor(request) },
      request,
      keyOf: (e) => [e.name, e.id],
    });
    const count = (o: OrganizationModel) => async () =>
      (await env.ctx.loaders.enforcementCountsOfOrganizations.load(organizationCountRequest(o.id, side, asOf)))[0] ?? 0;
    return { reads: plan.reads, finish: (values, o) => plan.connection(values, count(o)) };
  };

export const enforcementFieldsOfOrganization = {
  enforcementItemsReceived: itemsOfOrganization('TO'),
  enforcementItemsHandedOver: itemsOfOrganization('FROM'),
};
