import { createRequire } from 'node:module';
import { DomainError } from '@carelevel/contract';
import type { Resource } from '@medplum/fhirtypes';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { searchset, type Page } from './bundle.js';
import { capabilityStatement } from './capability-statement.js';
import { FHIR_BASE_PATH, PERSON_ID_SYSTEM } from './fhir-codes.js';
import { dateMatcher, referencedId, tokenMatcher } from './fhir-search.js';
import { observationsOf } from './observation.js';
import { patientOf } from './patient.js';
import { QUESTIONNAIRES } from './questionnaire.js';
import { questionnaireResponsesOf } from './questionnaire-response.js';
import { consentOf } from './consent-resource.js';
import { PROGRAM_ID_SYSTEM, serviceRequestOf, taskOf } from './referral-resources.js';
import { FHIR_TASK_STATUS, REFERRAL_STATES, type ReferralView } from '@carelevel/contract';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const paging = {
  _count: z.coerce.number().int().min(1).max(200).default(50),
  _offset: z.coerce.number().int().min(0).max(100_000).default(0),
};
const token = z.string().min(1).max(400).optional();
const oneOrMany = z.union([z.string().max(40), z.array(z.string().max(40)).max(4)]).optional();
const resourceId = z.object({ id: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be a FHIR id') });

/** The base URL the client used, for links and fullUrls (the host as the client sent it, behind a proxy too). */
const baseOf = (req: FastifyRequest): string => `${req.protocol}://${req.host}${FHIR_BASE_PATH}`;
const send = (reply: FastifyReply, body: Resource): FastifyReply => reply.type(FHIR_JSON).send(body);
const queryOf = (req: FastifyRequest): URLSearchParams => new URLSearchParams(req.url.split('?')[1] ?? '');
const pageOf = (q: { _count: number; _offset: number }): Page => ({ count: q._count, offset: q._offset });

/** The carelevel id a FHIR id starts with: a person's, or for `<assessment id>.<suffix>` the assessment's. */
function carelevelIdOf(id: string): string {
  const own = id.split('.')[0] ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(own)) throw new DomainError('not-found');
  return own;
}

/**
 * FHIR R4 at /fhir/R4: another view of the same records, never a second store. Every read of a
 * person's data goes through `req.records`, so the roles, the consent rules and the audit log are
 * the API's own; errors are OperationOutcomes (http/problem-replies.ts).
 */
export const fhirRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  const hidden = true;
  const personData = { access: 'signedIn', personData: true } as const;

  app.get(`${FHIR_BASE_PATH}/metadata`, { config: { access: 'public' }, schema: { hide: hidden } }, (req, reply) =>
    send(reply, capabilityStatement(baseOf(req), version)),
  );

  app.get(
    `${FHIR_BASE_PATH}/Questionnaire`,
    { config: { access: 'public' }, schema: { hide: hidden, querystring: z.object({ url: token, code: token, ...paging }) } },
    (req, reply) => {
      const codes = tokenMatcher(req.query.code);
      const found = QUESTIONNAIRES.filter(
        (q) => (req.query.url === undefined || q.url === req.query.url) && (req.query.code === undefined || codes(q.code ?? [])),
      );
      return send(reply, searchset(baseOf(req), 'Questionnaire', queryOf(req), found, pageOf(req.query)));
    },
  );
  app.get(
    `${FHIR_BASE_PATH}/Questionnaire/:id`,
    { config: { access: 'public' }, schema: { hide: hidden, params: resourceId } },
    (req, reply) => {
      const q = QUESTIONNAIRES.find((x) => x.id === req.params.id);
      if (!q) throw new DomainError('not-found');
      return send(reply, q);
    },
  );

  app.get(`${FHIR_BASE_PATH}/Patient/:id`, { config: personData, schema: { hide: hidden, params: resourceId } }, async (req, reply) =>
    send(reply, patientOf(await req.records.people.read(carelevelIdOf(req.params.id)))),
  );
  app.get(
    `${FHIR_BASE_PATH}/Patient`,
    { config: personData, schema: { hide: hidden, querystring: z.object({ identifier: z.string().min(1).max(200), ...paging }) } },
    async (req, reply) => {
      // Only carelevel's own id is searchable: a name in a URL would reach access logs.
      const [system, value] = req.query.identifier.includes('|')
        ? req.query.identifier.split('|', 2)
        : [PERSON_ID_SYSTEM, req.query.identifier];
      const ours = system === PERSON_ID_SYSTEM && value !== undefined && /^[0-9a-f-]{36}$/.test(value);
      const found = ours ? [patientOf(await req.records.people.read(value))] : [];
      return send(reply, searchset(baseOf(req), 'Patient', queryOf(req), found, pageOf(req.query)));
    },
  );

  app.get(
    `${FHIR_BASE_PATH}/QuestionnaireResponse`,
    { config: personData, schema: { hide: hidden, querystring: z.object({ patient: z.string().min(1).max(100), ...paging }) } },
    async (req, reply) => {
      const personId = referencedId(req.query.patient, 'Patient', 'patient');
      const found = (await req.records.assessments.listWithDeterminations(personId)).flatMap(questionnaireResponsesOf);
      return send(reply, searchset(baseOf(req), 'QuestionnaireResponse', queryOf(req), found, pageOf(req.query)));
    },
  );
  app.get(
    `${FHIR_BASE_PATH}/QuestionnaireResponse/:id`,
    { config: personData, schema: { hide: hidden, params: resourceId } },
    async (req, reply) => {
      const found = questionnaireResponsesOf(await req.records.assessments.readById(carelevelIdOf(req.params.id))).find(
        (r) => r.id === req.params.id,
      );
      if (!found) throw new DomainError('not-found');
      return send(reply, found);
    },
  );

  app.get(
    `${FHIR_BASE_PATH}/Observation`,
    {
      config: personData,
      schema: { hide: hidden, querystring: z.object({ patient: z.string().min(1).max(100), code: token, date: oneOrMany, ...paging }) },
    },
    async (req, reply) => {
      const personId = referencedId(req.query.patient, 'Patient', 'patient');
      const codes = tokenMatcher(req.query.code);
      const dates = dateMatcher(req.query.date === undefined ? [] : [req.query.date].flat());
      const found = (await req.records.assessments.listWithDeterminations(personId))
        .flatMap(observationsOf)
        .filter((o) => codes(o.code.coding ?? []) && dates(o.effectiveDateTime ?? ''));
      return send(reply, searchset(baseOf(req), 'Observation', queryOf(req), found, pageOf(req.query)));
    },
  );
  app.get(`${FHIR_BASE_PATH}/Observation/:id`, { config: personData, schema: { hide: hidden, params: resourceId } }, async (req, reply) => {
    const found = observationsOf(await req.records.assessments.readById(carelevelIdOf(req.params.id))).find((o) => o.id === req.params.id);
    if (!found) throw new DomainError('not-found');
    return send(reply, found);
  });

  // Referrals: the order (ServiceRequest) and its progress (Task) share the referral's id.
  const referralsOf = async (req: FastifyRequest, personId: string | undefined, programId: string | undefined): Promise<ReferralView[]> => {
    const page = await req.records.referrals.list({ personId, programId, limit: 200, offset: 0 });
    return page.referrals;
  };
  app.get(
    `${FHIR_BASE_PATH}/ServiceRequest`,
    { config: personData, schema: { hide: hidden, querystring: z.object({ patient: z.string().min(1).max(100), ...paging }) } },
    async (req, reply) => {
      const found = (await referralsOf(req, referencedId(req.query.patient, 'Patient', 'patient'), undefined)).map(serviceRequestOf);
      return send(reply, searchset(baseOf(req), 'ServiceRequest', queryOf(req), found, pageOf(req.query)));
    },
  );
  app.get(
    `${FHIR_BASE_PATH}/ServiceRequest/:id`,
    { config: personData, schema: { hide: hidden, params: resourceId } },
    async (req, reply) => send(reply, serviceRequestOf(await req.records.referrals.read(carelevelIdOf(req.params.id)))),
  );
  app.get(
    `${FHIR_BASE_PATH}/Task`,
    {
      config: personData,
      schema: {
        hide: hidden,
        querystring: z.object({ patient: token, focus: token, owner: token, status: token, ...paging }),
      },
    },
    async (req, reply) => {
      const q = req.query;
      const focus = q.focus === undefined ? undefined : referencedId(q.focus, 'ServiceRequest', 'focus');
      const owner =
        q.owner === undefined
          ? undefined
          : q.owner.startsWith(`${PROGRAM_ID_SYSTEM}|`)
            ? q.owner.slice(PROGRAM_ID_SYSTEM.length + 1)
            : q.owner;
      if (q.patient === undefined && focus === undefined && owner === undefined)
        throw new DomainError('invalid-request', [{ path: ['query'], message: 'needs patient, focus or owner' }]);
      const statuses = q.status?.split(',');
      const known = new Set<string>(REFERRAL_STATES.map((st) => FHIR_TASK_STATUS[st]));
      for (const st of statuses ?? [])
        if (!known.has(st))
          throw new DomainError('invalid-request', [
            { path: ['query', 'status'], message: `must be Task statuses from: ${[...known].join(', ')}` },
          ]);
      const referrals = focus
        ? [await req.records.referrals.read(focus)]
        : await referralsOf(req, q.patient === undefined ? undefined : referencedId(q.patient, 'Patient', 'patient'), owner);
      const found = referrals
        .filter(
          (r) =>
            (q.patient === undefined || r.personId === referencedId(q.patient, 'Patient', 'patient')) &&
            (owner === undefined || r.programId === owner),
        )
        .map(taskOf)
        .filter((t) => statuses === undefined || statuses.includes(t.status));
      return send(reply, searchset(baseOf(req), 'Task', queryOf(req), found, pageOf(req.query)));
    },
  );
  app.get(`${FHIR_BASE_PATH}/Task/:id`, { config: personData, schema: { hide: hidden, params: resourceId } }, async (req, reply) =>
    send(reply, taskOf(await req.records.referrals.read(carelevelIdOf(req.params.id)))),
  );

  app.get(
    `${FHIR_BASE_PATH}/Consent`,
    {
      config: { access: 'careTeam', personData: true },
      schema: { hide: hidden, querystring: z.object({ patient: z.string().min(1).max(100), ...paging }) },
    },
    async (req, reply) => {
      const found = (await req.records.consents.list(referencedId(req.query.patient, 'Patient', 'patient'))).map(consentOf);
      return send(reply, searchset(baseOf(req), 'Consent', queryOf(req), found, pageOf(req.query)));
    },
  );
  done();
};
