import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { VignetteExpectation } from './vignette.js';

/**
 * The one way tests reach the shared cases and data beside the repository (`../shared`). They are
 * read in place, never copied in. Every package's tests import this (`@carelevel/engine/testing`).
 */
export const SHARED_DIR = resolve(import.meta.dirname, '../../../../../shared');

export const sharedPath = (...parts: string[]): string => join(SHARED_DIR, ...parts);

/** The shared data files (`../shared/data`): locator exports, ZIP tables. */
export const SHARED_DATA = sharedPath('data');

/** The shared development vignettes (`../shared/cases/dev`). */
export const DEV_CASES = sharedPath('cases', 'dev');

export interface SharedVignette {
  readonly why: string;
  readonly case: Record<string, unknown>;
  readonly expected: VignetteExpectation;
}

/** The names of the development vignettes, in order (`01-iop-stable-home-working`, …). */
export const devCaseNames = (): string[] =>
  readdirSync(DEV_CASES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.slice(0, -'.json'.length));

export const devVignette = (name: string): SharedVignette =>
  JSON.parse(readFileSync(join(DEV_CASES, `${name}.json`), 'utf8')) as SharedVignette;

/** A realistic case from the shared development set. */
export const devCase = (name = '01-iop-stable-home-working'): Record<string, unknown> => devVignette(name).case;
