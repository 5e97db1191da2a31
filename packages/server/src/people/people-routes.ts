import { idParams, peopleListQuery, peoplePage, peopleSearch, person, personChange, personFields } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { answers } from '../http/answers.js';
import { requireIfMatch, setEtag } from '../http/if-match.js';

/** People: the care team lists, searches, adds and changes them; program staff read one through a consent. */
export const peopleRoutes: FastifyPluginCallbackZod = (app, _options, done) => {
  const tags = ['people'];
  const careTeam = { access: 'careTeam', personData: true } as const;

  app.get(
    '/api/v1/people',
    {
      config: careTeam,
      schema: {
        tags,
        summary: "List people, most recently changed first (page on with `cursor` = the last page's `nextCursor`)",
        querystring: peopleListQuery,
        response: answers({ 200: peoplePage }),
      },
    },
    (req) => req.records.people.find(undefined, req.query, ['query']),
  );

  // Names are searched with POST so they never appear in a URL (or in an access log that keeps URLs).
  app.post(
    '/api/v1/people/search',
    {
      config: careTeam,
      schema: {
        tags,
        summary: 'Search people by name (POST keeps names out of URLs)',
        body: peopleSearch,
        response: answers({ 200: peoplePage }),
      },
    },
    (req) => req.records.people.find(req.body.query, req.body, ['body']),
  );

  app.post(
    '/api/v1/people',
    { config: careTeam, schema: { tags, summary: 'Add a person', body: personFields, response: answers({ 201: person }) } },
    async (req, reply) => {
      const added = await req.records.people.add(req.body);
      return setEtag(reply, added.version).code(201).send(added);
    },
  );

  app.get(
    '/api/v1/people/:id',
    {
      config: { access: 'signedIn', personData: true },
      schema: { tags, summary: 'Read a person', params: idParams, response: answers({ 200: person }) },
    },
    async (req, reply) => {
      const found = await req.records.people.read(req.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );

  app.patch(
    '/api/v1/people/:id',
    {
      config: careTeam,
      schema: {
        tags,
        summary: 'Change a person (If-Match required)',
        params: idParams,
        body: personChange,
        response: answers({ 200: person }),
      },
    },
    async (req, reply) => {
      const changed = await req.records.people.change(req.params.id, requireIfMatch(req), req.body);
      setEtag(reply, changed.version);
      return changed;
    },
  );
  done();
};
