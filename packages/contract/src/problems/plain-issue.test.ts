import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainIssueMessage } from './plain-issue.js';

const said = (schema: z.ZodType, value: unknown): string[] => (schema.safeParse(value).error?.issues ?? []).map(plainIssueMessage);

describe('schema issues in plain words', () => {
  it('says the rule a person broke, not the library’s shorthand', () => {
    expect(said(z.object({ a: z.string().trim().min(1) }), { a: ' ' })).toEqual(['is required']);
    expect(said(z.object({ a: z.string().min(10) }), { a: 'short' })).toEqual(['must be at least 10 characters']);
    expect(said(z.object({ a: z.string().max(3) }), { a: 'long' })).toEqual(['must be at most 3 characters']);
    expect(said(z.object({ a: z.number().max(3) }), { a: 5 })).toEqual(['must be 3 or less']);
    expect(said(z.object({ a: z.number().int() }), { a: 1.5 })).toEqual(['must be a whole number']);
    expect(said(z.object({ a: z.iso.date() }), { a: '27/03/2026' })).toEqual(['must be a date written year-month-day, like 2026-03-27']);
    expect(said(z.object({ a: z.enum(['x', 'y']) }), { a: 'q' })).toEqual(['must be one of: x, y']);
    expect(said(z.object({ a: z.string() }), {})).toEqual(['is required']);
    expect(said(z.strictObject({ a: z.string() }), { a: 's', b: 1 })).toEqual(['has a field this does not take: b']);
    for (const m of [...said(z.object({ a: z.uuid() }), { a: 'x' }), ...said(z.array(z.string()).max(1), ['a', 'b'])])
      expect(m).not.toMatch(/Invalid|Too (small|big)|[<>]=/);
  });

  it('keeps our own messages as they are', () => {
    expect(said(z.object({ a: z.string().regex(/^x$/, 'must be x') }), { a: 'y' })).toEqual(['must be x']);
  });
});
