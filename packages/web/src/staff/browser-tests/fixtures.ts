import type { Locator, Page } from 'playwright-core';

/**
 * Admitted to residential care: severe opioid use disorder, two IOP episodes that ended in relapse,
 * a partner at home who uses, high cravings, moderate withdrawal (the shared dev vignette 02).
 */
export const RESIDENTIAL_ADMISSION = {
  format: 'carelevel-case/1',
  population: 'adult',
  ageYears: 29,
  primaryConcern: 'substance-use',
  substances: [{ name: 'opioids', daysUsedLast30: 30, route: 'injected', hoursSinceLastUse: 14, disorderSeverity: 'severe' }],
  withdrawal: { current: 'moderate', cows: 14, historySeizures: false, historyDelirium: false, monitoringAtHome: false },
  physicalHealth: { status: 'stable' },
  mentalHealth: { suicideRisk: 'low', harmToOthersRisk: 'none', psychosis: 'none', functioning: 'moderate-impairment' },
  readiness: { stage: 'preparation', importance: 8, engagement: 'engaged' },
  relapsePotential: {
    cravings: 'high',
    copingSkills: 'limited',
    longestRecentAbstinenceDays: 9,
    overdoseLastYear: true,
    priorEpisodes: [
      { level: 'intensive-outpatient', outcome: 'completed-relapsed' },
      { level: 'intensive-outpatient', outcome: 'left-early' },
    ],
  },
  environment: { housing: 'stable', householdUse: true, unsafe: false, support: 'undermining', transportation: true, legalPressure: false },
  practical: {
    obligations: ['work-part-time'],
    canPauseObligations: true,
    coverage: 'medicaid',
    preference: 'no-preference',
    zip: '19104',
  },
} as const;

/** A radio in the yes/no group named `legend`. */
export async function choose(page: Page | Locator, legend: string, option: string): Promise<void> {
  await page.getByRole('group', { name: legend, exact: true }).getByLabel(option, { exact: true }).check();
}

/** Press Tab until the element with this id has focus (keyboard only; fails after `max` presses). */
export async function tabTo(page: Page, id: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** The document's focused element's id. */
export const focusedId = (page: Page): Promise<string | undefined> => page.evaluate(() => document.activeElement?.id);
