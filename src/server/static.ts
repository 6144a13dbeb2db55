import { existsSync } from 'node:fs';
import { join } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { PROJECT_ROOT } from '../paths';

/** Where `npm run build:web` puts the bundled page (git-ignored). 页面构建产物目录。 */
export const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

const NOT_BUILT = '图谱页面尚未构建，请运行 npm run build:web / the graph page is not built: run npm run build:web';

/**
 * The jurisdiction graph page (权责图谱页面) at /graph/, with / pointing to it. Everything it
 * loads is bundled into web/dist at build time: no CDN, it works offline.
 */
export async function registerGraphPage(http: FastifyInstance, dist: string = WEB_DIST): Promise<void> {
  http.get('/', (_request, reply) => reply.redirect('/graph/'));
  if (!existsSync(join(dist, 'index.html'))) {
    const notBuilt = (_request: FastifyRequest, reply: FastifyReply): FastifyReply =>
      reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
    http.get('/graph', notBuilt);
    http.get('/graph/*', notBuilt);
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
}
