import { consent, consentList, idParams, newConsent } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';

/** A person's consents to disclose to programs (42 CFR Part 2), kept by the care team. */
export const consentRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  const tags = ['consents'];
  const config = { access: 'careTeam', personData: true } as const;

  app.post(
    '/api/v1/consents',
    {
      config,
      schema: {
        tags,
        summary: "Record a person's consent to disclose to a program",
        body: newConsent,
        response: answers({ 201: consent }),
      },
    },
    async (req, reply) => reply.code(201).send(await req.records.consents.record(req.body)),
  );

  app.post(
    '/api/v1/consents/:id/revoke',
    {
      config,
      schema: {
        tags,
        summary: 'Revoke a consent: nothing more is disclosed from now on, and its open referrals are cancelled',
        params: idParams,
        response: answers({ 200: consent }),
      },
    },
    (req) => req.records.consents.revoke(req.params.id),
  );

  app.get(
    '/api/v1/people/:id/consents',
    { config, schema: { tags, summary: "A person's consents", params: idParams, response: answers({ 200: consentList }) } },
    async (req) => ({ consents: await req.records.consents.list(req.params.id) }),
  );
  done();
};
