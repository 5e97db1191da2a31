import { describe, expect, it } from 'vitest';
import { assessmentBefore, latestStanding, replacedBy, standingAssessments } from './assessment-chain.js';

const a = (id: string, day: number, supersedes: string | null = null) => ({
  id,
  createdAt: `2026-10-${String(day).padStart(2, '0')}T10:00:00Z`,
  supersedes,
});
// a1 admission; a2 a reassessment; a3 corrects a2 before signing.
const all = [a('a3', 21, 'a2'), a('a2', 20), a('a1', 1)];

describe('revisions and reassessments', () => {
  it('counts only the newest revision of each assessment', () => {
    expect(standingAssessments(all).map((x) => x.id)).toEqual(['a1', 'a3']);
    expect(latestStanding(all)?.id).toBe('a3');
    expect(replacedBy(all, 'a2')?.id).toBe('a3');
  });

  it('compares a revision with the assessment before the one it replaced, never with it', () => {
    expect(assessmentBefore(all, all[0]!)?.id).toBe('a1');
    expect(assessmentBefore(all, all[2]!)).toBeUndefined();
  });
});
