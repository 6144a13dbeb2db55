import type { GraphQLResolveInfo } from 'graphql';

import type { Context } from '../../context';
import type { NodeType } from '../../shared/global-id';
import { organizationById } from '../organization/organization.compiled';
import { powerById } from '../power/power.compiled';
import { whistleMatterById } from '../whistle/whistle.compiled';
import { COMPILED_TYPES } from './catalogue';
import { Compiler, type FieldEnv, type Read, type RootPlan, type Target } from './compile';

/**
 * A root field read in one statement: `plan` says what it reads from the field's selection; the
 * result is what its resolver returns. Undefined when the request reads through the loaders
 * instead (`ctx.compiledReads` off: the equivalence suite's other path).
 * 根字段在一条语句中读取。
 */
export async function readCompiled<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  plan: (env: FieldEnv) => RootPlan<T>,
): Promise<T | undefined> {
  if (!ctx.compiledReads) return undefined;
  const compiler = new Compiler(ctx, info, COMPILED_TYPES, `compiled/${info.fieldName}`);
  const root = plan(compiler.rootEnv());
  return root.finish(await compiler.run(root.reads));
}

const BY_ID: Partial<Record<NodeType, (id: string, target: Target) => Read>> = {
  Organization: organizationById,
  Power: powerById,
  WhistleMatter: whistleMatterById,
};

/** node(id:) in one statement, for the types compiled; undefined for the others (and when off). */
export function nodeById(
  ctx: Context,
  info: GraphQLResolveInfo,
  type: NodeType,
  id: string,
): Promise<object | null | undefined> {
  const read = BY_ID[type];
  if (read === undefined) return Promise.resolve(undefined);
  return readCompiled(ctx, info, (env) => ({
    reads: [read(id, { type, nodes: env.field.nodes, asOf: ctx.today })],
    finish: ([rows]) => (rows as object[])[0] ?? null,
  }));
}
