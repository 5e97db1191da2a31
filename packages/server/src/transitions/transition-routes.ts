import {
  careTransitionRecorded,
  idParams,
  localeQuery,
  newCareTransition,
  transitionPreview,
  transitionPreviewAnswer,
} from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';

/** Continued-stay review: what the engine advises, and recording what was decided. */
export const transitionRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  const tags = ['timeline'];

  app.post(
    '/api/v1/people/:id/transitions/preview',
    {
      config: { access: 'careTeam', personData: true },
      schema: {
        tags,
        summary: "The engine's continued-stay advice for two assessments and the current level (stores nothing)",
        params: idParams,
        querystring: localeQuery,
        body: transitionPreview,
        response: answers({ 200: transitionPreviewAnswer }),
      },
    },
    async (req) => ({ engine: await req.records.transitions.preview(req.params.id, req.body, req.query.locale) }),
  );

  app.post(
    '/api/v1/people/:id/transitions',
    {
      config: { access: 'assessors', personData: true },
      schema: {
        tags,
        summary: 'Record a continued-stay decision beside the engine advice, ending the open episode and opening the next',
        params: idParams,
        querystring: localeQuery,
        body: newCareTransition,
        response: answers({ 201: careTransitionRecorded }),
      },
    },
    async (req, reply) => reply.code(201).send(await req.records.transitions.record(req.params.id, req.body, req.query.locale)),
  );
  done();
};
