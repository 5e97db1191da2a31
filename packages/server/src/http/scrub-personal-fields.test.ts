import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger.js';
import { CENSORED, PERSONAL_FIELDS, scrubPersonalFields } from './scrub-personal-fields.js';

describe('scrubPersonalFields', () => {
  it('censors every personal field name at the top and at depth, in objects and arrays', () => {
    for (const field of PERSONAL_FIELDS) {
      const input = { [field]: 'Marker', nested: { deeper: [{ [field]: 'Marker' }] } };
      expect(JSON.stringify(scrubPersonalFields(input))).not.toContain('Marker');
      expect(scrubPersonalFields(input)).toEqual({ [field]: CENSORED, nested: { deeper: [{ [field]: CENSORED }] } });
    }
  });

  it('leaves the caller’s objects unchanged and returns them as they are when nothing is personal', () => {
    const person = { id: 'p1', givenName: 'Marker' };
    const line = { person, count: 2 };
    const scrubbed = scrubPersonalFields(line);
    expect(scrubbed.person.givenName).toBe(CENSORED);
    expect(person.givenName).toBe('Marker');
    const clean = { res: { method: 'GET', route: '/api/v1/people/:id', statusCode: 200 }, responseTime: 1.2 };
    expect(scrubPersonalFields(clean)).toBe(clean);
  });

  it('does not walk into class instances such as errors or framework objects', () => {
    const err = Object.assign(new Error('boom'), { body: 'kept for the error serializer' });
    expect(scrubPersonalFields({ err }).err).toBe(err);
  });

  it('is what the app logger applies to every line', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pino(loggerOptions('info'), stream);
    log.info({ person: { familyName: 'Marker' }, email: 'marker@example.test', query: { q: 'Marker' } }, 'lookup');
    expect(lines.join('')).not.toMatch(/Marker|marker@/);
    expect(lines.join('')).toContain(CENSORED);
  });
});
