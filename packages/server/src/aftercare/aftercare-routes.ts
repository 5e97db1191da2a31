import { aftercarePlan, idParams, pdfFile, planBody, planPdfQuery } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';
import { ifMatch, setEtag } from '../http/if-match.js';

/** One current aftercare plan per person, and its printable PDF. */
export const aftercareRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  const tags = ['aftercare'];

  app.get(
    '/api/v1/people/:id/aftercare-plan',
    {
      config: { access: 'signedIn', personData: true },
      schema: { tags, summary: "A person's aftercare plan", params: idParams, response: answers({ 200: aftercarePlan }) },
    },
    async (req, reply) => {
      const found = await req.records.aftercare.read(req.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );

  app.put(
    '/api/v1/people/:id/aftercare-plan',
    {
      config: { access: 'careTeam', personData: true },
      schema: {
        tags,
        summary: 'Create or replace the aftercare plan (If-Match required to replace)',
        params: idParams,
        body: planBody,
        response: answers({ 200: aftercarePlan, 201: aftercarePlan }),
      },
    },
    async (req, reply) => {
      const saved = await req.records.aftercare.save(req.params.id, req.body.plan, ifMatch(req));
      return setEtag(reply, saved.version)
        .code(saved.version === 1 ? 201 : 200)
        .send(saved);
    },
  );

  /** The file name carries no name or id (it lands in download folders and browser histories); never cached. */
  app.get(
    '/api/v1/people/:id/aftercare-plan.pdf',
    {
      config: { access: 'signedIn', personData: true },
      schema: {
        tags,
        summary: 'The aftercare plan as a PDF: the person copy in plain language, or the clinician copy with codes and levels',
        params: idParams,
        querystring: planPdfQuery,
        produces: ['application/pdf'],
        response: answers({ 200: pdfFile }),
      },
    },
    async (req, reply) => {
      const { copy } = req.query;
      const { pdf, locale } = await req.records.aftercare.pdf(req.params.id, copy, req.query.locale);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="aftercare-plan-${copy}-copy-${locale}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
  done();
};
