import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../http/problem-replies.js';

/**
 * A launch that cannot go on: a plain page for a browser (what went wrong, in words, naming the field),
 * a problem document for anything else. Never a stack trace, never a token, never the record's answer.
 */
const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function refuseLaunch(req: FastifyRequest, reply: FastifyReply, status: 400 | 403, field: string, message: string): FastifyReply {
  if (!(req.headers.accept ?? '').includes('text/html'))
    return sendProblem(reply, status === 403 ? 'forbidden' : 'invalid-request', [{ path: ['query', field], message }]);
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>carelevel could not open from the health record</title></head>
<body><main>
<h1>carelevel could not open from the health record</h1>
<p id="launch-problem">${escape(message)}.</p>
<p>Ask your carelevel administrator to check the health record's registration and your account's link to it, then launch carelevel again from the record.</p>
<p><a href="/staff/">Sign in to carelevel directly</a></p>
</main></body></html>`;
  return reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
}
