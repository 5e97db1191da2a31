import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parse-csv.js';
import { SHARED_DATA } from '@carelevel/engine/testing';
import { SERVICE_CODE_BY_CODE, SERVICE_CODES } from './service-codes.js';
import { codeForServiceName } from './service-names.js';

const reference = [...parseCsv(readFileSync(join(SHARED_DATA, 'locator-service-codes.csv'), 'utf8'))].slice(1).map((r) => ({
  category: (r.fields[1] ?? '').trim(),
  code: (r.fields[2] ?? '').trim(),
  name: (r.fields[3] ?? '').trim(),
}));

describe('the service-code crosswalk', () => {
  it('has every code of the reference file, with its category and name', () => {
    expect(reference).toHaveLength(190);
    for (const ref of reference) {
      const ours = SERVICE_CODE_BY_CODE.get(ref.code);
      expect(ours, ref.code).toBeDefined();
      expect({ code: ours?.code, category: ours?.category, name: ours?.name }).toEqual(ref);
    }
  });

  it('has nothing beyond the reference except codes marked as extensions', () => {
    const known = new Set(reference.map((r) => r.code));
    expect(SERVICE_CODES.filter((c) => !known.has(c.code)).every((c) => c.extension === true)).toBe(true);
    expect(SERVICE_CODES.filter((c) => c.extension).map((c) => c.code)).toEqual(['MH', 'SUMH', 'VAF', 'SNR', 'BXR', 'HOL']);
  });

  it('maps MD to Medicaid and MC to Medicare (not the other way round)', () => {
    expect(SERVICE_CODE_BY_CODE.get('MD')?.effects).toEqual([{ kind: 'payment', value: 'medicaid' }]);
    expect(SERVICE_CODE_BY_CODE.get('MC')?.effects).toEqual([{ kind: 'payment', value: 'medicare' }]);
  });

  it('takes levels for service settings from the engine crosswalk', () => {
    const levels = (code: string): string[] =>
      (SERVICE_CODE_BY_CODE.get(code)?.effects ?? []).flatMap((e) => (e.kind === 'level' ? [e.value] : []));
    expect(levels('OIT')).toEqual(['intensive-outpatient']);
    expect(levels('ODT')).toEqual(['partial-hospitalization']);
    expect(levels('RL')).toEqual(['residential-low']);
    expect(levels('HID')).toEqual(['inpatient-medical']);
    expect(SERVICE_CODE_BY_CODE.get('RD')?.effects).toContainEqual({ kind: 'withdrawal', value: 'residential' });
    expect(SERVICE_CODE_BY_CODE.get('RL')?.effects).toContainEqual({ kind: 'stay', value: 'long-term' });
  });

  it('reads each reference name as its code, whatever the spacing or trademark signs', () => {
    for (const ref of reference) expect(codeForServiceName(ref.name), ref.name).toBe(ref.code);
    expect(codeForServiceName('  Buprenorphine with naloxone (Suboxone)  ')).toBe('BWN');
  });
});
