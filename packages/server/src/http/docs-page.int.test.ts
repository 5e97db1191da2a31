import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, startTestApp, type TestApp, type TestDatabase } from '../test-support/harness.js';

describe('the OpenAPI document and its docs page', () => {
  let t: TestDatabase;
  let s: TestApp;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite', { sample: false });
    s = await startTestApp(t);
  });
  afterAll(async () => {
    await s.close();
    await t.dispose();
  });

  it('is OpenAPI 3.1 and shows the engine\u2019s own schemas for a case and a recommendation', async () => {
    const doc = (await s.app.inject({ url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/evaluate']?.post?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/CareCaseInput',
    });
    expect(Object.keys(doc.components.schemas.CareCaseInput?.properties ?? {})).toEqual(
      expect.arrayContaining(['format', 'substances', 'withdrawal']),
    );
    expect(Object.keys(doc.components.schemas.Recommendation?.properties ?? {})).toEqual(expect.arrayContaining(['level', 'rulesVersion']));
    // request schemas come from the same zod schemas that validate
    expect(JSON.stringify(doc.paths['/api/v1/people']?.post?.requestBody)).toContain('givenName');
  });

  it('describes every answer of every operation: what it answers on success, and a problem document otherwise', async () => {
    type Answer = { description?: string; content?: Record<string, { schema?: unknown }> };
    const doc = (await s.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, Answer>; 'x-access'?: string }>>;
    }>();
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ what: `${method} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThan(50);
    for (const { what, op } of operations) {
      const codes = Object.keys(op.responses);
      const success = codes.filter((c) => /^[23]\d\d$/.test(c));
      expect(success.length, what).toBeGreaterThan(0);
      // No body: nothing to describe for an empty answer or a redirect (/smart's 302s, the docs page's 308).
      for (const c of success.filter((x) => x !== '204' && !/^30\d$/.test(x)))
        expect(Object.values(op.responses[c]?.content ?? {})[0]?.schema, `${what} ${c}`).toBeDefined();
      if (what.includes(' /api/')) {
        expect(op.responses['4XX']?.content?.['application/problem+json']?.schema, what).toEqual({ $ref: '#/components/schemas/Problem' });
        expect(op['x-access'], what).toEqual(expect.any(String));
      }
    }
  });

  it('serves the docs page from the package itself, unframeable, fetching nothing from elsewhere', async () => {
    const page = await s.app.inject({ url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const csp = page.headers['content-security-policy'] as string;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:\/\/|validator\.swagger\.io/);
    expect(page.body).not.toMatch(/src="https?:|href="https?:/);
    const bundle = await s.app.inject({ url: '/api/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
  });
});
