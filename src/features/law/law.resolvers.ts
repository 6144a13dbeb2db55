import type { Resolvers } from '../../generated/graphql';
import { toGlobalId } from '../../shared/global-id';
import { compiledOr } from '../../shared/compiled';

/** A relation the graph model guarantees (ADR 0001); its absence is a data fault, not user error. */
function present<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new Error(`graph model violated: ${what} ${id} is missing`);
  return value;
}

export const lawResolvers: Resolvers = {
  LegalDocument: {
    id: (l) => toGlobalId('LegalDocument', l.id),
    versions: (l, _args, ctx) => ctx.loaders.legalVersionsByLawId.load(l.id),
    currentVersion: async (l, _args, ctx) =>
      (await ctx.loaders.legalVersionsByLawId.load(l.id)).find((v) => v.current) ?? null,
  },
  LegalVersion: {
    catalogId: (v) => v.id,
    expired: (v) => v.expired ?? false,
    law: (v, _args, ctx, info) =>
      compiledOr(v, info, async () => present(await ctx.loaders.lawById.load(v.lawId), 'LegalDocument', v.lawId)),
  },
  Provision: {
    id: (p) => toGlobalId('Provision', p.id),
    law: (p, _args, ctx, info) =>
      compiledOr(p, info, async () => present(await ctx.loaders.lawById.load(p.lawId), 'LegalDocument', p.lawId)),
    version: (p, _args, ctx, info) =>
      compiledOr(p, info, async () =>
        present(await ctx.loaders.legalVersionById.load(p.versionId), 'LegalVersion', p.versionId),
      ),
  },
};
