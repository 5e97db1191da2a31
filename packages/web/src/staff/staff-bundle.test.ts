import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce } from '../../scripts/build-once.mjs';
import { firstLoad } from '../../scripts/first-load-size.mjs';

describe('the staff workspace bundle', () => {
  it('is a separate entry whose code the public first load never downloads', async () => {
    const dist = await buildOnce();
    const staffHtml = readFileSync(join(dist, 'staff.html'), 'utf8');
    const staffEntry = /<script[^>]*src="\.\/(assets\/staff-[^"]+\.js)"/.exec(staffHtml)?.[1];
    expect(staffEntry).toBeDefined();
    const publicFiles = firstLoad(dist).files.map((f) => f.file);
    expect(publicFiles).not.toContain(staffEntry);
    // Words only the workspace has (sign-in, the judgment note) are nowhere in the public first load.
    const publicJs = publicFiles
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    expect(publicJs).not.toContain('carelevel staff');
    expect(publicJs).not.toContain('does not replace, clinical judgment');
  });
});
