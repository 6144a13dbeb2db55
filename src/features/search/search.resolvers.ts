import type { Resolvers } from '../../generated/graphql';
import { asOfDate } from '../../shared/dates';
import { NODE_TYPES, type NodeType } from '../../shared/global-id';
import { required } from '../enforcement/related';
import { loadNode } from '../node/node.resolvers';
import { rankHits } from './rank';
import { searchPlan } from './search.compiled';
import { readCompiled } from '../compiled-read/read';
import { compiledOr } from '../../shared/compiled';
import { codeQuery, luceneQuery, searchArguments } from './search-text';

/** Candidates fetched per result: enough that re-ranking by match tier rarely misses a better hit. */
const CANDIDATES_PER_RESULT = 10;
const MIN_CANDIDATES = 200;

const isNodeType = (type: string): type is NodeType => (NODE_TYPES as readonly string[]).includes(type);

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, ctx, info) => {
      const { text, first } = searchArguments(args.text, args.first);
      const asOf = asOfDate(args.asOf, ctx.today);
      if (text === null || first === 0) return [];
      const limit = Math.max(MIN_CANDIDATES, first * CANDIDATES_PER_RESULT);
      const code = codeQuery(text);
      const query = luceneQuery(text);
      // Text that may be an item code also reads the powers by code (search/by-code): not compiled.
      if (code === null) {
        const compiled = await readCompiled(ctx, info, (env) => searchPlan(env, query, asOf, limit, text, first));
        if (compiled !== undefined) return compiled;
      }
      const [candidates, byCode] = await Promise.all([
        ctx.repositories.search.candidates(query, asOf, limit),
        code === null ? [] : ctx.repositories.search.byCode(code, asOf, limit),
      ]);
      // A row found by its code ranks by the code's match tier; the full-text hit of the same row gives way to it.
      const found = new Set(byCode.map((c) => c.id));
      return rankHits(
        [...byCode, ...candidates.filter((c) => !found.has(c.id))].filter((c) => isNodeType(c.type)),
        text,
        first,
      );
    },
  },
  SearchHit: {
    node: (hit, _args, ctx, info) =>
      compiledOr(hit, info, async () =>
        required(
          isNodeType(hit.type) ? await loadNode(ctx, hit.type, hit.id) : null,
          { zh: '命中对象', en: 'matched object' },
          hit.id,
        ),
      ),
  },
};
