import { describe, expect, it } from 'vitest';
import { reportWindow, windowPeriods } from './report-window.js';

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

  it('splits a window into the whole months it covers and the days at its ends', () => {
    expect(windowPeriods({ from: '2025-12-06', to: '2026-12-05' })).toEqual({
      months: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'],
      dayRanges: [
        ['2025-12-06', '2025-12-31'],
        ['2026-12-01', '2026-12-05'],
      ],
    });
    expect(windowPeriods({ from: '2026-02-01', to: '2026-02-28' })).toEqual({ months: ['2026-02'], dayRanges: [] });
    expect(windowPeriods({ from: '2024-02-01', to: '2024-03-01' })).toEqual({
      months: ['2024-02'],
      dayRanges: [['2024-03-01', '2024-03-01']],
    });
    expect(windowPeriods({ from: '2025-11-30', to: '2026-01-31' })).toEqual({
      months: ['2025-12', '2026-01'],
      dayRanges: [['2025-11-30', '2025-11-30']],
    });
    // No whole month: days only, across a month's end too.
    expect(windowPeriods({ from: '2026-03-15', to: '2026-04-10' })).toEqual({ months: [], dayRanges: [['2026-03-15', '2026-04-10']] });
    expect(windowPeriods({ from: '2026-03-02', to: '2026-03-02' })).toEqual({ months: [], dayRanges: [['2026-03-02', '2026-03-02']] });
  });
});
