import { describe, expect, it } from 'vitest';
import { reportWindow } from './report-window.js';

const today = new Date('2026-11-27T15:00:00Z');

describe('the report window', () => {
  it('covers the last 90 days, today included, by default', () => {
    expect(reportWindow(undefined, undefined, today)).toEqual({
      from: '2026-08-30',
      to: '2026-11-27',
      start: '2026-08-30T00:00:00.000Z',
      end: '2026-11-28T00:00:00.000Z',
    });
  });

  it('takes both ends as given, inclusive', () => {
    expect(reportWindow('2026-01-01', '2026-01-31', today)).toMatchObject({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-02-01T00:00:00.000Z',
    });
  });

  it('names the field at fault: to before from, or more than three years', () => {
    expect(() => reportWindow('2026-02-01', '2026-01-01', today)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['query', 'to'] })] }),
    );
    expect(() => reportWindow('2023-01-01', '2026-01-02', today)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['query', 'from'] })] }),
    );
    expect(reportWindow('2023-01-02', '2026-01-02', today).from).toBe('2023-01-02');
  });
});
