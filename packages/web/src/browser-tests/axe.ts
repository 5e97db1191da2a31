import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Zero axe violations (WCAG 2.2 AA tags) on the page as it is now: public pages and the staff workspace alike. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const found = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${where}`).toEqual([]);
}

/** No sideways scrolling (WCAG 1.4.10 reflow) at the page's current width. */
export const noSideScroll = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
