import { piece } from '../../db/cypher-registry';
import type { PageRequest } from '../../shared/pagination';
import type { CompiledType, FieldEnv, Read, RootPlan, Target } from '../compiled-read/compile';
import { many, pagePlan } from '../compiled-read/fields';
import { nameIdCursor } from '../enforcement/organization-pages';
import type { PowerModel } from '../power/power.model';
import type { WhistleMatterConnectionModel, WhistleMatterFilterModel, WhistleMatterModel } from './whistle.model';
import { WHISTLE_MATTER, WHISTLE_ROWS } from './whistle.repository';

const ROW = piece('whistle/row');
const BRIEF_ROW = piece('whistle/brief-row');
const BY_ID = piece('whistle/by-id');
const ORGANIZATIONS = piece('whistle/organizations');
const NEEDED_POWERS = piece('whistle/needed-powers');
const PAGE = piece('whistle/page');
const COUNT = piece('whistle/count');

/** WhistleMatter // 吹哨事项, read for a date (`asOf`: which versions of the needed powers). */
export const compiledWhistleMatter: CompiledType<WhistleMatterModel> = {
  name: 'WhistleMatter',
  schema: WHISTLE_ROWS.schema,
  row: () => ROW,
  // Its own columns, and its organizations and needed powers, which the statement reads itself
  // (their plans never leave them to the resolvers, which would read the ids the brief row leaves
  // out: a list is always an answer). The full row computes those ids, needed powers' versions
  // included. The sort key is name, id.
  brief: {
    fields: new Set([
      'id',
      'name',
      'kind',
      'urgency',
      'responseLimitMinutes',
      'closeLimitDays',
      'remarks',
      'validFrom',
      'validTo',
      'whistledBy',
      'lead',
      'cooperating',
      'neededPowers',
    ]),
    row: BRIEF_ROW,
    schema: WHISTLE_MATTER.pick({
      id: true,
      name: true,
      kind: true,
      urgency: true,
      responseLimitMinutes: true,
      closeLimitDays: true,
      remarks: true,
      validFrom: true,
      validTo: true,
      asOf: true,
    }),
  },
  fields: {
    whistledBy: many(ORGANIZATIONS, 'Organization', () => ({ role: 'WHISTLED_BY' })),
    lead: many(ORGANIZATIONS, 'Organization', () => ({ role: 'LEAD' })),
    cooperating: many(ORGANIZATIONS, 'Organization', () => ({ role: 'COOPERATES' })),
    neededPowers: (env) => ({
      reads: [
        {
          piece: NEEDED_POWERS,
          params: { asOf: env.asOf },
          target: { type: 'Power', nodes: env.field.nodes, asOf: env.asOf },
        },
      ],
      finish: ([rows], m) => (rows as PowerModel[]).map((p) => ({ ...p, listedAsOf: m.asOf })),
    }),
  },
};

/** node(id:) of a whistle matter, read for `target.asOf` (today, as its by-id loader reads it). */
export const whistleMatterById = (id: string, target: Target): Read => ({
  piece: BY_ID,
  params: { id, asOf: target.asOf },
  target,
});

/** whistleMatters(...): the page and, when asked, the count, as whistle.resolvers.ts reads them. */
export function whistleMattersPage(
  env: FieldEnv,
  filter: WhistleMatterFilterModel,
  asOf: string,
  request: PageRequest,
  count: () => Promise<number>,
): RootPlan<WhistleMatterConnectionModel> {
  const plan = pagePlan<WhistleMatterModel>(env, {
    connection: 'WhistleMatterConnection',
    type: 'WhistleMatter',
    asOf,
    page: PAGE,
    count: COUNT,
    params: { ...filter, ...nameIdCursor(request), asOf },
    request,
    keyOf: (m) => [m.name, m.id],
  });
  return { reads: plan.reads, finish: (values) => plan.connection(values, count) };
}
