import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { caseDocument, evaluateCase, localeQuery } from './case-body.js';

/** Public and stateless: a case in, its recommendation out. Nothing is stored or audited (no person). */
export const evaluateRoute: FastifyPluginCallbackZod = (app, _options, done) => {
  app.post(
    '/api/v1/evaluate',
    {
      schema: {
        tags: ['evaluate'],
        summary: 'Recommend a level of care for a case (stores nothing)',
        querystring: localeQuery,
        body: caseDocument,
      },
    },
    (req) => evaluateCase(req.body, req.query.locale, 'body'),
  );
  done();
};
