import { existsSync } from 'node:fs';
import { join } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, parse } from 'graphql';

import { PROJECT_ROOT } from '../paths';
import { loadTypeDefs } from '../schema';

/** Where `npm run build:web` puts the bundled page (git-ignored). 页面构建产物目录。 */
export const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

const NOT_BUILT = '图谱页面尚未构建，请运行 npm run build:web / the graph page is not built: run npm run build:web';

/**
 * The jurisdiction graph page (权责图谱页面) at /graph/, with / pointing to it, and the statistics
 * dashboard at /dashboard/. Everything it
 * loads is bundled into web/dist at build time: no CDN, it works offline.
 */
export async function registerGraphPage(http: FastifyInstance, dist: string = WEB_DIST): Promise<void> {
  http.get('/', (_request, reply) => reply.redirect('/graph/'));
  const capabilities = pageCapabilities(queryFields(loadTypeDefs()));
  http.get('/graph/capabilities.json', () => Promise.resolve(capabilities));
  if (!existsSync(join(dist, 'index.html'))) {
    const notBuilt = (_request: FastifyRequest, reply: FastifyReply): FastifyReply =>
      reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
    http.get('/graph', notBuilt);
    http.get('/graph/*', notBuilt);
    http.get('/dashboard', notBuilt);
    http.get('/dashboard/', notBuilt);
    return;
  }
  await http.register(fastifyStatic, {
    root: dist,
    prefix: '/graph/',
    redirect: true,
    index: 'index.html',
    // Bundle names are not hashed: browsers revalidate every time.
    cacheControl: true,
    maxAge: 0,
  });
  // The statistics dashboard (统计看板): one HTML page whose script and styles are served under /graph/.
  http.get('/dashboard', (_request, reply) => reply.redirect('/dashboard/'));
  http.get('/dashboard/', (_request, reply) => reply.sendFile('dashboard.html'));
}

/** The root query fields the SDL declares (without introspection, which production turns off). */
export function queryFields(typeDefs: readonly string[]): Set<string> {
  const fields = new Set<string>();
  for (const text of typeDefs) {
    for (const definition of parse(text).definitions) {
      if (
        (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        definition.name.value === 'Query'
      ) {
        for (const field of definition.fields ?? []) fields.add(field.name.value);
      }
    }
  }
  return fields;
}

/** What the page may offer: the analysis modes appear once their queries exist. 页面可用功能。 */
export function pageCapabilities(fields: ReadonlySet<string>): Record<string, boolean> {
  return {
    overlaps: fields.has('overlaps'),
    findings: fields.has('findings'),
    whatIf: fields.has('reassignmentImpact'),
  };
}
