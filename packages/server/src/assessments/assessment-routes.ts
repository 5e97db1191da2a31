import {
  assessment,
  assessmentList,
  assessmentParams,
  assessmentWithDetermination,
  determination,
  idParams,
  newAssessment,
  newDetermination,
} from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';

/** Assessments of a person: assessors run and sign them; the care team and consented programs read them. */
export const assessmentRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  const tags = ['assessments'];
  const assessors = { access: 'assessors', personData: true } as const;
  const readers = { access: 'signedIn', personData: true } as const;

  app.post(
    '/api/v1/people/:id/assessments',
    {
      config: assessors,
      schema: {
        tags,
        summary: 'Assess: validate the case, run the engine, store both',
        params: idParams,
        body: newAssessment,
        response: answers({ 201: assessment }),
      },
    },
    async (req, reply) => reply.code(201).send(await req.records.assessments.assess(req.params.id, req.body)),
  );

  app.get(
    '/api/v1/people/:id/assessments',
    {
      config: readers,
      schema: { tags, summary: "A person's assessments, newest first", params: idParams, response: answers({ 200: assessmentList }) },
    },
    async (req) => ({ assessments: await req.records.assessments.list(req.params.id) }),
  );

  app.get(
    '/api/v1/people/:id/assessments/:assessmentId',
    {
      config: readers,
      schema: { tags, summary: 'Read an assessment', params: assessmentParams, response: answers({ 200: assessmentWithDetermination }) },
    },
    (req) => req.records.assessments.read(req.params.id, req.params.assessmentId),
  );

  app.post(
    '/api/v1/people/:id/assessments/:assessmentId/sign',
    {
      config: assessors,
      schema: {
        tags,
        summary: 'Sign an assessment; it can never change after',
        params: assessmentParams,
        response: answers({ 200: assessment }),
      },
    },
    (req) => req.records.assessments.sign(req.params.id, req.params.assessmentId),
  );

  app.post(
    '/api/v1/people/:id/assessments/:assessmentId/determination',
    {
      config: assessors,
      schema: {
        tags,
        summary: 'Record the level chosen (a variance reason when it differs) and any rating adjustments with their rationale',
        params: assessmentParams,
        body: newDetermination,
        response: answers({ 201: determination }),
      },
    },
    async (req, reply) => reply.code(201).send(await req.records.assessments.determine(req.params.id, req.params.assessmentId, req.body)),
  );
  done();
};
