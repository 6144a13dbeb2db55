import type { z } from 'zod';

import { piece } from '../../db/cypher-registry';
import { COMPILED, type CompiledValues } from '../../shared/compiled';
import { NODE_TYPES, type NodeType } from '../../shared/global-id';
import type { CompiledType, RootPlan } from '../compiled-read/compile';
import type { FieldEnv } from '../compiled-read/compile';
import { subfieldNodes } from '../compiled-read/fields';
import { tagNode } from '../node/node-tag';
import { compactQuery, hitSnippet, type RankedHit } from './rank';
import { CANDIDATE } from './search.repository';

const CANDIDATES = piece('search/candidates');
const CANDIDATE_ROW = piece('search/candidate-row');
const AS_NODE = piece('search/as-node');

/** The node types the search index holds (cypher/search/query.cypher), each read as its by-id loader reads it. */
const SEARCHED: readonly NodeType[] = ['Organization', 'Power', 'WhistleMatter', 'TownshipDutyItem', 'LenientItem'];

type CandidateModel = z.output<typeof CANDIDATE>;

/** A candidate of the search, with its node when the hit's `node` is selected. */
export const compiledSearchHit: CompiledType<CandidateModel> = {
  name: 'SearchHit',
  schema: CANDIDATE,
  row: () => CANDIDATE_ROW,
  fields: {
    node: (env) => ({
      // One read per type; a candidate has the label of exactly one, and only that one finds it.
      reads: SEARCHED.map((type) => ({
        piece: AS_NODE,
        params: { label: type, asOf: env.ctx.today },
        target: { type, nodes: env.field.nodes, asOf: env.ctx.today },
      })),
      finish: (values) => {
        const index = values.findIndex((rows) => (rows as unknown[]).length > 0);
        const model = index < 0 ? undefined : (values[index] as object[])[0];
        return model === undefined ? null : tagNode(SEARCHED[index]!, model);
      },
    }),
  },
};

const isNodeType = (type: string | null): type is NodeType => (NODE_TYPES as readonly (string | null)[]).includes(type);

/**
 * search(...) in one statement: the candidates ranked in the statement as rank.ts ranks them, and
 * only the first `first` read with their nodes; the snippets are cut here. A hit whose node the
 * statement did not find (gone meanwhile) is left to its resolver, which reports it.
 */
export function searchPlan(
  env: FieldEnv,
  query: string,
  asOf: string,
  candidates: number,
  text: string,
  first: number,
): RootPlan<RankedHit[]> {
  const nodeSelected = subfieldNodes(env, 'SearchHit', 'node').length > 0;
  return {
    reads: [
      {
        piece: CANDIDATES,
        params: { query, asOf, candidates, compact: compactQuery(text), first },
        target: { type: 'SearchHit', nodes: env.field.nodes, asOf: env.ctx.today },
      },
    ],
    finish: ([rows]) =>
      (rows as (CandidateModel & CompiledValues)[]).flatMap((c) => {
        if (!isNodeType(c.type)) return [];
        const hit: RankedHit = { type: c.type, id: c.id, score: c.score, snippet: hitSnippet(c.texts, text) };
        const values = c[COMPILED];
        const complete = nodeSelected && values !== undefined && [...values.values()].every((v) => v !== null);
        return [complete ? { ...hit, [COMPILED]: values } : hit];
      }),
  };
}
