import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, Kind, print, type GraphQLSchema } from 'graphql';
import { AppError, ErrorCode } from './errors';
import { hasIsoDateForm } from './shared/dates';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

import { lawResolvers } from './features/law/law.resolvers';
import { nodeResolvers } from './features/node/node.resolvers';
import { organizationResolvers } from './features/organization/organization.resolvers';
import { powerResolvers } from './features/power/power.resolvers';
import { enforcementResolvers } from './features/enforcement/enforcement.resolvers';
import { listRowResolvers } from './features/list-rows/list-row.resolvers';
import { searchResolvers } from './features/search/search.resolvers';
import { overlapResolvers } from './features/analysis/overlaps/overlap.resolvers';
import { authorityResolvers } from './features/analysis/authority/authority.resolvers';
import { findingResolvers } from './features/analysis/findings/finding.resolvers';
import { graphResolvers } from './features/graph/graph.resolvers';
import { whistleResolvers } from './features/whistle/whistle.resolvers';
import { reassignmentResolvers } from './features/reassignment/reassignment.resolvers';
import { changeRequestResolvers } from './features/change-request/change-request.resolvers';
import { listDiffResolvers } from './features/list-diff/list-diff.resolvers';
import { catalogResolvers } from './features/catalog/catalog.resolvers';
import { statisticsResolvers } from './features/statistics/statistics.resolvers';
import type { Resolvers } from './generated/graphql';
import { PROJECT_ROOT } from './paths';

export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');

export function loadTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const localDate = LocalDateResolver.toConfig();

/** The error catalogue's BAD_USER_INPUT, Chinese and English, naming the value sent. */
const invalidDate = (value: string): AppError =>
  new AppError(
    ErrorCode.BadUserInput,
    `日期“${value}”无效，应为 ISO 8601 日期，如 2024-07-01`,
    `"${value}" is not a valid date; expected an ISO 8601 date such as 2024-07-01`,
    { value },
  );

/** `Date` keeps ISO strings (2024-07-01) end to end and rejects impossible dates such as 2023-02-30. */
const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: 'ISO 8601 calendar date, e.g. 2024-07-01. ISO 8601 日期。',
  // Dates come out of the graph as ISO text, checked when they were written: a list of 50 rows has
  // a hundred of them, so a value already in that form is passed through without parsing it again.
  serialize(value) {
    return typeof value === 'string' && hasIsoDateForm(value) ? value : localDate.serialize(value);
  },
  parseValue(value) {
    try {
      return localDate.parseValue(value);
    } catch {
      throw invalidDate(typeof value === 'string' ? value : JSON.stringify(value));
    }
  },
  parseLiteral(ast, variables) {
    try {
      return localDate.parseLiteral(ast, variables);
    } catch {
      throw invalidDate(ast.kind === Kind.STRING ? ast.value : print(ast));
    }
  },
});

const scalarResolvers: Resolvers = { Date: DateScalar, DateTime: DateTimeResolver, JSON: JSONResolver };

export const resolverModules: Resolvers[] = [
  scalarResolvers,
  nodeResolvers,
  organizationResolvers,
  powerResolvers,
  lawResolvers,
  enforcementResolvers,
  whistleResolvers,
  listRowResolvers,
  searchResolvers,
  overlapResolvers,
  authorityResolvers,
  findingResolvers,
  graphResolvers,
  reassignmentResolvers,
  changeRequestResolvers,
  listDiffResolvers,
  catalogResolvers,
  statisticsResolvers,
];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: resolverModules as never,
    inheritResolversFromInterfaces: true,
  });
}
