import { idParams, newReferral, referral, referralGroup, referralListQuery, referralMove, referralPage } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';
import { requireIfMatch, setEtag } from '../http/if-match.js';

/** Referrals: the care team makes them (with the person's consents); the receiving program moves them along. */
export const referralRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  const tags = ['referrals'];
  const anyone = { access: 'signedIn', personData: true } as const;

  app.post(
    '/api/v1/referrals',
    {
      config: { access: 'careTeam', personData: true },
      schema: {
        tags,
        summary:
          'Refer a person to one to three programs at once, with their consents (recorded in the same transaction) or under live ones',
        body: newReferral,
        response: answers({ 201: referralGroup }),
      },
    },
    async (req, reply) => reply.code(201).send(await req.records.referrals.create(req.body)),
  );

  app.get(
    '/api/v1/referrals',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Referrals, filtered by program, status or person',
        querystring: referralListQuery,
        response: answers({ 200: referralPage }),
      },
    },
    (req) => req.records.referrals.list(req.query),
  );

  app.get(
    '/api/v1/referrals/:id',
    {
      config: anyone,
      schema: { tags, summary: 'Read a referral and its history', params: idParams, response: answers({ 200: referral }) },
    },
    async (req, reply) => {
      const found = await req.records.referrals.read(req.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );

  app.patch(
    '/api/v1/referrals/:id',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Move a referral to another state (If-Match: the version you read)',
        params: idParams,
        body: referralMove,
        response: answers({ 200: referral }),
      },
    },
    async (req, reply) => {
      const moved = await req.records.referrals.move(req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, moved.version);
      return moved;
    },
  );
  done();
};
