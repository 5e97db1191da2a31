import type { Effect } from './effect.js';
import { SERVICE_CODES, SERVICE_CODE_BY_CODE } from './service-codes.js';

/**
 * Human-readable service names (the locator's API `f3` values and its readable-services CSV) mapped
 * to service codes. The reference names are included as they are; the aliases are the wordings the
 * 2019 API and the 2025 CSV use for the same things. Names not listed carry nothing we model
 * (smoking policy, screening tests, …) and are ignored.
 */
const ALIASES: Readonly<Record<string, string>> = {
  'substance use treatment': 'SA',
  'mental health treatment': 'MH',
  'residential/24-hour residential': 'RES',
  'hospital inpatient/24-hour hospital inpatient': 'HI',
  'partial hospitalization/day treatment': 'ODT',
  'computerized treatment/telemedicine': 'CT',
  'telemedicine/telehealth': 'CT',
  'telemedicine/telehealth therapy': 'CT',
  'federal military insurance (e.g., tricare)': 'MI',
  'federal, or any government funding for substance use treatment programs': 'FSA',
  'state-financed health insurance plan other than medicaid': 'SI',
  'samhsa funding/block grants': 'FSA',
  'community mental health block grants': 'FSA',
  'u.s. department of va funds': 'VAF',
  'community service block grants': 'FSA',
  'county or local government funds': 'FSA',
  'other state funds': 'FSA',
  'state mental health agency (or equivalent) funds': 'FSA',
  'individual counseling': 'ICO',
  'individual psychotherapy': 'ICO',
  'group counseling': 'GCO',
  'group therapy': 'GCO',
  'family counseling': 'FCO',
  'couples/family therapy': 'FCO',
  'marital/couples counseling': 'MCO',
  'mentoring/peer support': 'PEER',
  'recovery coach': 'PEER',
  'case management service': 'CM',
  'intensive case management': 'CM',
  'children/adolescents': 'CHLD',
  seniors: 'SE',
  'clients with co-occurring mental and substance use disorders': 'CO',
  'persons with co-occurring mental and substance use disorders': 'CO',
  'integrated dual disorders treatment': 'CO',
  'treatment for co-occurring substance use plus either serious mental health illness in adults/serious emotional disturbance in children':
    'SUMH',
  'criminal justice (other than dui/dwi)/forensic clients': 'CJ',
  'members of military families': 'MF',
  'clients who have experienced trauma': 'TRMA',
  'clients who have experienced sexual abuse': 'XA',
  'clients who have experienced intimate partner violence, domestic violence': 'DV',
  'domestic violence services, including family or partner': 'DVFP',
  'trauma therapy': 'TRC',
  'sign language services for the deaf and hard of hearing': 'AH',
  'other languages (excluding spanish)': 'FX',
  'american indian or alaska native languages': 'NX',
  'buprenorphine (extended-release, injectable, for example, sublocade)': 'BXR',
  'naltrexone (extended-release, injectable)': 'VTRL',
  'extended-release, injectable naltrexone (vivitrol)': 'VTRL',
  disulfiram: 'DSF',
  'acamprosate (campral)': 'ACM',
  'buprenorphine with naloxone': 'BWN',
  'buprenorphine sub-dermal implant': 'BSDM',
  'prescribes buprenorphine': 'BU',
  'prescribes/administers buprenorphine': 'BU',
  'prescribes naltrexone': 'NU',
  'prescribes/administers naltrexone': 'NU',
  'relapse prevention with naltrexone': 'RPN',
  'federally-certified opioid treatment program': 'OTP',
  'outpatient methadone/buprenorphine or naltrexone treatment': 'OMB',
  'samhsa certification for opioid treatment program (otp)': 'OTP',
  'does not treat opioid addiction': 'NOOP',
  'methamphetamines detoxification': 'MDTX',
  'social skills development': 'SSD',
  'vocational training or educational support (for example, high school coursework, ged preparation, etc.)': 'EMP',
};

export function normalizeServiceName(name: string): string {
  return name.replace(/[®™]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const BY_NAME: ReadonlyMap<string, string> = new Map([
  ...SERVICE_CODES.map((c) => [normalizeServiceName(c.name), c.code] as const),
  ...Object.entries(ALIASES),
]);

/** The service code a readable name stands for, or undefined when we do not model it. */
export function codeForServiceName(name: string): string | undefined {
  return BY_NAME.get(normalizeServiceName(name));
}

/** Names repeat across every row of a locator file, so each is looked up once (bounded, for odd files). */
const EFFECTS_SEEN = new Map<string, readonly Effect[]>();

export function effectsForServiceName(name: string): readonly Effect[] {
  const seen = EFFECTS_SEEN.get(name);
  if (seen) return seen;
  const code = codeForServiceName(name);
  const effects = code === undefined ? [] : (SERVICE_CODE_BY_CODE.get(code)?.effects ?? []);
  if (EFFECTS_SEEN.size < 10_000) EFFECTS_SEEN.set(name, effects);
  return effects;
}
