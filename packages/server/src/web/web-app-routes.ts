import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyPluginCallback } from 'fastify';
import { DomainError } from '@carelevel/contract';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};
// One path segment of plain characters: no "..", no slashes, nothing hidden.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

/**
 * Serve the built web app (packages/web/dist, passed in as a directory: the server does not import
 * the web package). index.html is never cached (it names the current assets); hashed assets are
 * cached for a year. Routing in the web app is in the URL hash, so no fallback route is needed.
 */
export const webAppRoutes: FastifyPluginCallback<{ root: string }> = (app, { root }, done) => {
  const send = async (file: string, cache: string): Promise<{ type: string; cache: string; body: Buffer }> => {
    const type = TYPES[extname(file)];
    if (!type) throw new DomainError('not-found');
    try {
      return { type, cache, body: await readFile(file) };
    } catch {
      throw new DomainError('not-found');
    }
  };
  const hidden = { schema: { hide: true } };

  app.get('/', hidden, async (_req, reply) => {
    const f = await send(join(root, 'index.html'), 'no-cache');
    return reply.type(f.type).header('cache-control', f.cache).send(f.body);
  });
  // The staff workspace is its own page (staff.html), reached at /staff; its asset paths are
  // relative to the root, so it is served here rather than redirected.
  app.get('/staff', hidden, async (_req, reply) => {
    const f = await send(join(root, 'staff.html'), 'no-cache');
    return reply.type(f.type).header('cache-control', f.cache).send(f.body);
  });
  app.get<{ Params: { file: string } }>('/assets/:file', hidden, async (req, reply) => {
    if (!SAFE_NAME.test(req.params.file)) throw new DomainError('not-found');
    const f = await send(join(root, 'assets', req.params.file), 'public, max-age=31536000, immutable');
    return reply.type(f.type).header('cache-control', f.cache).send(f.body);
  });
  app.get<{ Params: { file: string } }>('/:file', hidden, async (req, reply) => {
    if (!SAFE_NAME.test(req.params.file)) throw new DomainError('not-found');
    // An HTML page names the current hashed assets, so it is never cached.
    const f = await send(join(root, req.params.file), extname(req.params.file) === '.html' ? 'no-cache' : 'public, max-age=3600');
    return reply.type(f.type).header('cache-control', f.cache).send(f.body);
  });
  done();
};
