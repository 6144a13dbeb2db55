import { piece } from '../../db/cypher-registry';
import { COMPILED } from '../../shared/compiled';
import { asOfDate } from '../../shared/dates';
import type { CompiledType, FieldCompiler, Read, Target } from '../compiled-read/compile';
import { optional, pagePlan, subfieldNodes } from '../compiled-read/fields';
import type { OrganizationModel } from '../organization/organization.model';
import type { ProvisionModel } from '../law/law.model';
import { categoryFilter, powerPageRequest } from './power.args';
import { parseCitations } from './power.citations';
import { powerSortKey, type PowerModel } from './power.model';
import { afterParams } from './power.repository';
import { POWER } from './power.rows';

const LIST_ROW = piece('power/list-row');
const ROW = piece('power/row');
const BRIEF_ROW = piece('power/brief-row');
const BY_ID = piece('power/by-id');
const OF_ORGANIZATION = piece('power/of-organization');
const COUNT_OF_ORGANIZATION = piece('power/count-of-organization');
const EXERCISERS = piece('power/exercisers');
const CITED_PROVISIONS = piece('power/cited-provisions');
const UNDERTAKEN_BY = piece('power/undertaken-by');
const PARENT = piece('power/parent');

/** The fields that need a power's long texts (power.resolvers.ts `withDetails`). */
const LONG_TEXT_FIELDS = new Set(['basis', 'basisText', 'responsibilityBasisText', 'accountability']);

/** Power // 职权: a list row, or the row with its long texts when a field reads them. */
export const compiledPower: CompiledType<PowerModel> = {
  name: 'Power',
  schema: POWER,
  row: (selected) => (selected.some((f) => LONG_TEXT_FIELDS.has(f.name)) ? ROW : LIST_ROW),
  // exercisedBy reads by the power's id (and its list's date, which the parent adds); the sort key is name, subName, id.
  brief: {
    fields: new Set(['id', 'code', 'name', 'subName', 'category', 'validFrom', 'validTo', 'exercisedBy']),
    row: BRIEF_ROW,
    schema: POWER.pick({
      id: true,
      code: true,
      name: true,
      subName: true,
      category: true,
      validFrom: true,
      validTo: true,
    }),
  },
  fields: {
    undertakenBy: optional(UNDERTAKEN_BY, 'Organization'),
    parent: (env) => ({
      // the item row as powerById reads it: with its long texts, not listed on a date
      reads: [
        { piece: PARENT, params: {}, target: { type: 'Power', nodes: env.field.nodes, asOf: env.ctx.today, row: ROW } },
      ],
      finish: ([rows]) => (rows as unknown[])[0] ?? null,
    }),
    exercisedBy: (env) => {
      const asOf = asOfDate(env.field.args['asOf'] as string | null | undefined, env.asOf);
      return {
        reads: [
          { piece: EXERCISERS, params: { asOf }, target: { type: 'Organization', nodes: env.field.nodes, asOf } },
        ],
        finish: ([organizations]) => organizations,
      };
    },
    basis: (env) => {
      const provision = subfieldNodes(env, 'Citation', 'provision');
      const keys = env
        .subfields('Citation', env.field.nodes)
        .filter((f) => f.name === 'provision')
        .map((f) => f.responseKey);
      const reads: Read[] =
        provision.length === 0
          ? []
          : [{ piece: CITED_PROVISIONS, params: {}, target: { type: 'Provision', nodes: provision, asOf: env.asOf } }];
      return {
        reads,
        finish: ([provisions], p) => {
          const byId = new Map(((provisions ?? []) as ProvisionModel[]).map((v) => [v.id, v]));
          return parseCitations(p.citations ?? null).map((c) => {
            const found = c.provisionId === null ? undefined : byId.get(c.provisionId);
            // A provision the citation names but the graph does not link is left to the loader.
            return found === undefined ? c : { ...c, [COMPILED]: new Map(keys.map((k) => [k, found])) };
          });
        },
      };
    },
  },
};

/** node(id:) of a power. */
export const powerById = (id: string, target: Target): Read => ({ piece: BY_ID, params: { id }, target });

/** Organization.powers: the page and, when asked, the count, as power.resolvers.ts reads them. */
export const organizationPowersField: FieldCompiler<OrganizationModel> = (env) => {
  const args = env.field.args as {
    category?: PowerModel['category'] | null;
    asOf?: string | null;
    first?: number | null;
    after?: string | null;
  };
  const asOf = asOfDate(args.asOf, env.ctx.today);
  const request = powerPageRequest(args.first, args.after);
  const filter = categoryFilter(args.category);
  const plan = pagePlan<PowerModel>(env, {
    connection: 'PowerConnection',
    type: 'Power',
    asOf,
    page: OF_ORGANIZATION,
    count: COUNT_OF_ORGANIZATION,
    params: { asOf, categories: filter.categories, ...afterParams(request.after) },
    request,
    keyOf: powerSortKey,
    row: (p) => ({ ...p, listedAsOf: asOf }),
  });
  return {
    reads: plan.reads,
    finish: (values, o) =>
      plan.connection(values, () => env.ctx.repositories.powers.countOfOrganization(o.id, filter, asOf)),
  };
};
