import { episode, idParams, newEpisode, timeline } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';

/** The level-of-care path of one person: episodes, and the assessments, decisions and referrals between them. */
export const timelineRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  const tags = ['timeline'];

  app.get(
    '/api/v1/people/:id/timeline',
    {
      config: { access: 'signedIn', personData: true },
      schema: {
        tags,
        summary: "A person's levels of care over time, with transitions, instrument scores and referrals",
        params: idParams,
        response: answers({ 200: timeline }),
      },
    },
    (req) => req.records.timeline.read(req.params.id),
  );

  app.post(
    '/api/v1/people/:id/episodes',
    {
      config: { access: 'careTeam', personData: true },
      schema: {
        tags,
        summary: 'Add an episode of care to the timeline',
        params: idParams,
        body: newEpisode,
        response: answers({ 201: episode }),
      },
    },
    async (req, reply) => reply.code(201).send(await req.records.timeline.addEpisode(req.params.id, req.body)),
  );
  done();
};
