import { createRequire } from 'node:module';
import { DomainError } from '@carelevel/contract';
import type { Resource } from '@medplum/fhirtypes';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { searchset, searchsetPage, type Page } from './bundle.js';
import { capabilityStatement, type SmartOAuthUris } from './capability-statement.js';
import { smartConfiguration } from './smart-configuration.js';
import { FHIR_BASE_PATH, PERSON_ID_SYSTEM } from './fhir-codes.js';
import { dateMatcher, isCarelevelId, referencedId, tokenMatcher } from './fhir-search.js';
import { observationsOf } from './observation.js';
import { patientOf } from './patient.js';
import { QUESTIONNAIRES } from './questionnaire.js';
import { questionnaireResponsesOf } from './questionnaire-response.js';
import { fillFromResponse } from './fill-instrument.js';
import { incomingResponse } from './incoming-response.js';
import { orNothing } from './or-nothing.js';
import { consentOf } from './consent-resource.js';
import { carePlanId, carePlanOf } from './care-plan.js';
import { PROGRAM_ID_SYSTEM, serviceRequestOf, taskOf } from './referral-resources.js';
import { FHIR_TASK_STATUS, REFERRAL_STATES, type ReferralView } from '@carelevel/contract';
import { isLevelCode } from '@carelevel/engine';
import { getProgramListing, searchPrograms } from '@carelevel/directory';
import type { Program } from '@carelevel/directory/program';
import type { ServerContext } from '../http/context.js';
import { healthcareServiceOf, locationOf, organizationOf } from './directory-resources.js';
import { programFhirId, programIdOf } from './program-ids.js';

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

const MILES_PER_KM = 0.621371;
/** FHIR's `near`: `lat|lon|distance|units`, the distance in km unless the units say miles (25 miles when not given). */
function nearOf(value: string, field: string): { lat: number; lon: number; miles: number } {
  const [lat, lon, distance, units] = value.split('|');
  const n = (x: string | undefined): number => (x === undefined || x.trim() === '' ? Number.NaN : Number(x));
  const at = { lat: n(lat), lon: n(lon) };
  const d = distance === undefined || distance === '' ? undefined : n(distance);
  const miles = d === undefined ? 25 : units === 'mi' || units === '[mi_i]' ? d : d * MILES_PER_KM;
  if (!(Math.abs(at.lat) <= 90 && Math.abs(at.lon) <= 180) || !(miles > 0 && miles <= 3000))
    throw new DomainError('invalid-request', [
      { path: ['query', field], message: 'must be latitude|longitude|distance|units, e.g. 39.16|-75.52|25|mi' },
    ]);
  return { ...at, miles };
}

/** The carelevel id a FHIR id starts with: a person's, or for `<assessment id>.<suffix>` the assessment's. */
function carelevelIdOf(id: string): string {
  const own = id.split('.')[0] ?? '';
  if (!isCarelevelId(own)) throw new DomainError('not-found');
  return own;
}

/**
 * FHIR R4 at /fhir/R4: another view of the same records, never a second store. Every read of a
 * person's data goes through `req.records`, so the roles, the consent rules and the audit log are
 * the API's own; errors are OperationOutcomes (http/problem-replies.ts).
 */
export const fhirRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext }> = (app, { ctx }, done) => {
  const hidden = true;
  // A record sends FHIR's own media type; it is parsed exactly as the API's JSON is.
  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  const personData = { access: 'signedIn', personData: true } as const;

  /** The trusted authorization server's endpoints, when this API accepts SMART access tokens. */
  const oauthUris = async (): Promise<SmartOAuthUris | undefined> => {
    const as = await ctx.accessTokens?.authorizationServer();
    return as?.authorization_endpoint && as.token_endpoint ? { authorize: as.authorization_endpoint, token: as.token_endpoint } : undefined;
  };

  app.get(`${FHIR_BASE_PATH}/metadata`, { config: { access: 'public' }, schema: { hide: hidden } }, async (req, reply) =>
    send(reply, capabilityStatement(baseOf(req), version, await oauthUris())),
  );

  // SMART App Launch 2.x discovery, for apps that call this API with the record's access tokens.
  app.get(
    `${FHIR_BASE_PATH}/.well-known/smart-configuration`,
    { config: { access: 'public' }, schema: { hide: hidden } },
    async (_req, reply) => {
      const as = await ctx.accessTokens?.authorizationServer();
      if (!as) throw new DomainError('not-found');
      return reply.type('application/json').send(smartConfiguration(as));
    },
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
      const ours = system === PERSON_ID_SYSTEM && value !== undefined && isCarelevelId(value);
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
  app.post(
    `${FHIR_BASE_PATH}/QuestionnaireResponse`,
    { config: { access: 'assessors', personData: true }, schema: { hide: hidden, body: incomingResponse } },
    async (req, reply) => {
      const created = await fillFromResponse(req.records.assessments, req.body);
      return send(reply.code(201).header('location', `${baseOf(req)}/QuestionnaireResponse/${created.id ?? ''}`), created);
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

  // Aftercare: one current plan per person; a search finds it or nothing.
  app.get(
    `${FHIR_BASE_PATH}/CarePlan`,
    { config: personData, schema: { hide: hidden, querystring: z.object({ patient: z.string().min(1).max(100), ...paging }) } },
    async (req, reply) => {
      const personId = referencedId(req.query.patient, 'Patient', 'patient');
      const plan = await orNothing(req.records.aftercare.read(personId));
      const found = plan ? [carePlanOf(plan)] : [];
      return send(reply, searchset(baseOf(req), 'CarePlan', queryOf(req), found, pageOf(req.query)));
    },
  );
  app.get(`${FHIR_BASE_PATH}/CarePlan/:id`, { config: personData, schema: { hide: hidden, params: resourceId } }, async (req, reply) => {
    const personId = carelevelIdOf(req.params.id);
    if (req.params.id !== carePlanId(personId)) throw new DomainError('not-found');
    return send(reply, carePlanOf(await req.records.aftercare.read(personId)));
  });

  // The directory (public): each program as Organization, Location and HealthcareService, one id.
  const program = async (fhirId: string): Promise<{ program: Program; listed: boolean }> => {
    const found = await getProgramListing(ctx.db, programIdOf(fhirId));
    if (!found) throw new DomainError('not-found');
    return found;
  };

  // The directory's own search over the index this instance already holds: the full programs come
  // back with the hits, so nothing is read again from the database.
  const nearby = async (near: string, field: string, serviceType: string | undefined, page: Page) => {
    const at = nearOf(near, field);
    const levels = serviceType?.split(',').map((t) => (t.includes('|') ? (t.split('|')[1] ?? '') : t));
    if (levels && !levels.every(isLevelCode))
      throw new DomainError('invalid-request', [{ path: ['query', 'service-type'], message: 'must be carelevel level-of-care codes' }]);
    const found = searchPrograms(await ctx.directoryIndex(), {
      near: { lat: at.lat, lon: at.lon },
      radiusMiles: at.miles,
      ...(levels ? { filters: { levels } } : {}),
      sort: 'distance',
      limit: page.count,
      offset: page.offset,
      now: new Date(),
    });
    return { programs: found.results.map((r) => r.program).filter((p) => programFhirId(p.id) !== null), total: found.total };
  };
  const publicRead = { config: { access: 'public' }, schema: { hide: hidden, params: resourceId } } as const;
  app.get(`${FHIR_BASE_PATH}/Organization/:id`, publicRead, async (req, reply) => {
    const p = await program(req.params.id);
    return send(reply, organizationOf(p.program, p.listed));
  });
  app.get(`${FHIR_BASE_PATH}/Location/:id`, publicRead, async (req, reply) => {
    const p = await program(req.params.id);
    return send(reply, locationOf(p.program, p.listed));
  });
  app.get(`${FHIR_BASE_PATH}/HealthcareService/:id`, publicRead, async (req, reply) => {
    const p = await program(req.params.id);
    return send(reply, healthcareServiceOf(p.program, p.listed));
  });
  app.get(
    `${FHIR_BASE_PATH}/Location`,
    { config: { access: 'public' }, schema: { hide: hidden, querystring: z.object({ near: z.string().min(3).max(100), ...paging }) } },
    async (req, reply) => {
      const { programs, total } = await nearby(req.query.near, 'near', undefined, pageOf(req.query));
      return send(
        reply,
        searchsetPage(
          baseOf(req),
          'Location',
          queryOf(req),
          programs.map((p) => locationOf(p)),
          total,
          pageOf(req.query),
        ),
      );
    },
  );
  app.get(
    `${FHIR_BASE_PATH}/HealthcareService`,
    {
      config: { access: 'public' },
      schema: { hide: hidden, querystring: z.object({ 'location.near': z.string().min(3).max(100), 'service-type': token, ...paging }) },
    },
    async (req, reply) => {
      const q = req.query;
      const { programs, total } = await nearby(q['location.near'], 'location.near', q['service-type'], pageOf(q));
      return send(
        reply,
        searchsetPage(
          baseOf(req),
          'HealthcareService',
          queryOf(req),
          programs.map((p) => healthcareServiceOf(p)),
          total,
          pageOf(q),
        ),
      );
    },
  );
  done();
};
