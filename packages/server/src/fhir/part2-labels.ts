import type { Coding, Meta } from '@medplum/fhirtypes';

const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/**
 * The Data Segmentation for Privacy labels every resource about a person carries: a substance use
 * disorder record under 42 CFR Part 2, restricted confidentiality, and the duty not to redisclose
 * without the person's consent. A receiving system that honours DS4P keeps them with the data.
 */
export const PART2_SECURITY: readonly Coding[] = [
  { system: ACT_CODE, code: '42CFRPart2', display: '42 CFR Part 2' },
  { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' },
  { system: ACT_CODE, code: 'NORDSCLCD', display: 'no redisclosure without consent directive' },
];

/** A resource's meta with the Part 2 labels added. */
export const labelled = (meta: Meta = {}): Meta => ({ ...meta, security: [...(meta.security ?? []), ...PART2_SECURITY] });
