import type { Answers, Lang } from '../questions/question-types.js';

/** A program the person chose to keep on their summary (what the search returned, nothing more). */
export interface ChosenProgram {
  readonly id: string;
  readonly name: string;
  readonly phone: string;
  readonly address: string;
  readonly distanceMiles: number;
}

/** What is kept on this device between visits. Never sent anywhere. */
export interface SavedState {
  readonly answers: Answers;
  readonly stepId: string | null;
  readonly lang: Lang;
  readonly chosen: readonly ChosenProgram[];
}

export const STORAGE_KEY = 'carelevel.self-assessment.v1';

/** Read what was saved; anything unreadable (another version, a full disk, private mode) starts fresh. */
export function loadState(): SavedState | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const v = JSON.parse(raw) as Partial<SavedState>;
    if (typeof v !== 'object' || v === null || typeof v.answers !== 'object' || v.answers === null) return null;
    return {
      answers: v.answers,
      stepId: typeof v.stepId === 'string' ? v.stepId : null,
      lang: v.lang === 'es' ? 'es' : 'en',
      chosen: Array.isArray(v.chosen) ? v.chosen : [],
    };
  } catch {
    return null;
  }
}

export function saveState(s: SavedState): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    // Storage can be full or blocked; the assessment still works, it just cannot be resumed.
  }
}

export function clearState(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}
