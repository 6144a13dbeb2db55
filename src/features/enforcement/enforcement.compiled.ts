import { piece } from '../../db/cypher-registry';
import { asOfDate } from '../../shared/dates';
import { pageRequest, toConnection } from '../../shared/pagination';
import type { CompiledType, FieldCompiler, Read } from '../compiled-read/compile';
import { UNCOVERED } from '../compiled-read/compile';
import { connectionSelection, countOf, one } from '../compiled-read/fields';
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
    const page = pageRequest(args.first, args.after);
    const selection = connectionSelection(env, 'EnforcementItemConnection');
    const reads: Read[] = [
      {
        piece: OF_ORGANIZATION,
        params: { side, asOf, limit: page.limit + 1, ...nameIdCursor(page) },
        target: { type: 'EnforcementItem', nodes: selection.nodes, asOf },
      },
    ];
    if (selection.totalCount) reads.push({ piece: COUNT_OF_ORGANIZATION, params: { side, asOf } });
    return {
      reads,
      finish: ([rows, total], o) =>
        toConnection(
          rows as EnforcementItemModel[],
          page,
          (e) => [e.name, e.id],
          total === undefined
            ? async () =>
                (
                  await env.ctx.loaders.enforcementCountsOfOrganizations.load(
                    organizationCountRequest(o.id, side, asOf),
                  )
                )[0] ?? 0
            : countOf(total),
        ),
    };
  };

export const enforcementFieldsOfOrganization = {
  enforcementItemsReceived: itemsOfOrganization('TO'),
  enforcementItemsHandedOver: itemsOfOrganization('FROM'),
};
