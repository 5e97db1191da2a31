import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@carelevel/contract';
import { preferredEncoding, preferredLanguage, type ContentEncoding } from '../http/content-negotiation.js';

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
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;
const SUFFIX: Readonly<Record<ContentEncoding, string>> = { br: '.br', gzip: '.gz' };
// The public page is built once per language (index.html in English, index.es.html in Spanish), so
// the first HTML already says its language and carries a description in it.
const PAGE_LANGUAGES = ['en', 'es'] as const;

const readOrNull = (file: string): Promise<Buffer | null> => readFile(file).catch(() => null);

/**
 * Serve the built web app (packages/web/dist, passed in as a directory: the server does not import
 * the web package). The build writes a brotli (.br) and a gzip (.gz) copy beside each text file;
 * the one the browser accepts is sent, so a phone on a slow network downloads a fraction of the
 * bytes and the server compresses nothing per request. index.html is never cached (it names the
 * current assets); hashed assets are cached for a year. Routing in the web app is in the URL hash,
 * so no fallback route is needed.
 */
export const webAppRoutes: FastifyPluginCallback<{ root: string }> = (app, { root }, done) => {
  const send = async (
    req: FastifyRequest,
    reply: FastifyReply,
    file: string,
    cache: string,
    vary: string[] = [],
  ): Promise<FastifyReply> => {
    const type = TYPES[extname(file)];
    if (!type) throw new DomainError('not-found');
    const plain = await readOrNull(file);
    if (!plain) throw new DomainError('not-found');
    reply.type(type).header('cache-control', cache);
    const encoding = COMPRESSIBLE.test(type) ? preferredEncoding(req.headers['accept-encoding']) : null;
    const compressed = encoding && (await readOrNull(file + SUFFIX[encoding]));
    // Text may be sent compressed, so a shared cache must never give brotli to a client that asked for none.
    if (COMPRESSIBLE.test(type)) vary.push('accept-encoding');
    if (vary.length > 0) reply.header('vary', vary.join(', '));
    if (encoding && compressed) return reply.header('content-encoding', encoding).send(compressed);
    return reply.send(plain);
  };
  const hidden = { schema: { hide: true } };

  app.get('/', hidden, async (req, reply) => {
    const lang = preferredLanguage(req.headers['accept-language'], PAGE_LANGUAGES);
    const page = lang === 'en' ? 'index.html' : `index.${lang}.html`;
    return send(req, reply, join(root, page), 'no-cache', ['accept-language']);
  });
  // The staff workspace is its own page (staff.html), reached at /staff; its asset paths are
  // relative to the root, so it is served here rather than redirected.
  app.get('/staff', hidden, async (req, reply) => send(req, reply, join(root, 'staff.html'), 'no-cache'));
  app.get<{ Params: { file: string } }>('/assets/:file', hidden, async (req, reply) => {
    if (!SAFE_NAME.test(req.params.file)) throw new DomainError('not-found');
    return send(req, reply, join(root, 'assets', req.params.file), 'public, max-age=31536000, immutable');
  });
  app.get<{ Params: { file: string } }>('/:file', hidden, async (req, reply) => {
    if (!SAFE_NAME.test(req.params.file)) throw new DomainError('not-found');
    // An HTML page names the current hashed assets, so it is never cached.
    return send(req, reply, join(root, req.params.file), extname(req.params.file) === '.html' ? 'no-cache' : 'public, max-age=3600');
  });
  done();
};
