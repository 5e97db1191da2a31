import { careCaseDocument, localeQuery, recommendationDocument } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';
import { evaluateCase } from './case-body.js';

/** Public and stateless: a case in, its recommendation out. Nothing is stored or audited (no person). */
export const evaluateRoute: FastifyPluginCallbackZod = (app, _options, done) => {
  app.post(
    '/api/v1/evaluate',
    {
      config: { access: 'public' },
      schema: {
        tags: ['evaluate'],
        summary: 'Recommend a level of care for a case (stores nothing)',
        querystring: localeQuery,
        body: careCaseDocument,
        response: answers({ 200: recommendationDocument }),
      },
    },
    (req) => evaluateCase(req.body, req.query.locale, ['body']),
  );
  done();
};
