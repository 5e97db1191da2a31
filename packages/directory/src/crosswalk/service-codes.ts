import { LEVEL_CODES, LEVELS, WITHDRAWAL_MANAGEMENT_LOCATOR_SETTINGS, type LevelCode } from '@carelevel/engine';
import type { Effect } from './effect.js';

/**
 * The national locator's service codes (locator-service-codes.csv) and what each means in our model.
 * Category and name are the reference file's own words (trimmed), so a test can hold this table to it.
 * Codes marked `extension` are used by the locator's exports but missing from that reference.
 * Careful: MD is Medicaid and MC is Medicare.
 */
export interface ServiceCode {
  readonly code: string;
  readonly category: string;
  readonly name: string;
  readonly effects: readonly Effect[];
  readonly extension?: true;
}

const scope = (value: 'substance-use' | 'mental-health' | 'co-occurring'): Effect => ({ kind: 'scope', value });
const pay = (value: Extract<Effect, { kind: 'payment' }>['value']): Effect => ({ kind: 'payment', value });
const svc = (value: Extract<Effect, { kind: 'service' }>['value']): Effect => ({ kind: 'service', value });
const pop = (value: Extract<Effect, { kind: 'population' }>['value']): Effect => ({ kind: 'population', value });
const med = (value: Extract<Effect, { kind: 'medication' }>['value']): Effect => ({ kind: 'medication', value });
const lang = (value: string): Effect => ({ kind: 'language', value });
const age = (value: Extract<Effect, { kind: 'age' }>['value']): Effect => ({ kind: 'age', value });

/** Levels for a service-setting code come from the engine's own crosswalk, never a second copy. */
function settingEffects(code: string): Effect[] {
  const levels: Effect[] = LEVEL_CODES.filter((l: LevelCode) => LEVELS[l].crosswalk.locatorSettings.includes(code)).map((value) => ({
    kind: 'level',
    value,
  }));
  for (const [setting, codes] of Object.entries(WITHDRAWAL_MANAGEMENT_LOCATOR_SETTINGS)) {
    if (setting !== 'none' && codes.includes(code))
      levels.push({ kind: 'withdrawal', value: setting as 'ambulatory' | 'residential' | 'inpatient' });
  }
  if (code === 'RS') levels.push({ kind: 'stay', value: 'short-term' });
  if (code === 'RL') levels.push({ kind: 'stay', value: 'long-term' });
  if (code === 'CT') levels.push(svc('telehealth'));
  if (code === 'OMB') levels.push(med('methadone'), med('buprenorphine'), med('naltrexone'));
  return levels;
}

const TC = 'Type of Care';
const FOP = 'Facility Operation (e.g. Private, Public)';
const LCA = 'License/Certification/Accreditation';
const PAY = 'Payment/Insurance/Funding Accepted';
const PYAS = 'Payment Assistance Available';
const SG = 'Special Programs/Groups Offered';
const ASSES = 'Assessment/Pre-treatment';
const SCR = 'Screening/Testing';
const TRSRV = 'Transitional Services';
const AS = 'Ancillary Services';
const OTHR = 'Other Addictions';
const SET = 'Service Settings (e.g., Outpatient, Residential, etc.)';
const DETOX = 'Detoxification';
const EDU = 'Counseling Services and Education';
const TOBAC = 'Tobacco/Screening Services';
const SMP = 'Facility Smoking Policy';
const AGE = 'Age Groups Accepted';
const GN = 'Gender Accepted';
const EXCL = 'Exclusive Services';
const SL = 'Language Services';
const AIL = 'American Indian or Alaskan Native Languages';
const OL = 'Other Languages';
const HOSP = 'Hospitals';
const OM = 'Opioid Medications used in Treatment';
const OT = 'Type of Opioid Treatment';
const PHR = 'Pharmacotherapies';
const TAP = 'Treatment Approaches';

type Row = readonly [code: string, category: string, name: string, ...effects: Effect[]];

const ROWS: readonly Row[] = [
  ['DT', TC, 'Detoxification', svc('detox')],
  ['HH', TC, 'Transitional housing or halfway house', svc('recovery-housing')],
  ['SA', TC, 'Substance abuse treatment', scope('substance-use')],
  ['DDF', FOP, 'Department of Defense', pay('military')],
  ['IH', FOP, 'Indian Health Service'],
  ['LCCG', FOP, 'Local, county, or community government'],
  ['PVT', FOP, 'Private organization'],
  ['STG', FOP, 'State government'],
  ['TBG', FOP, 'Tribal government'],
  ['VAMC', FOP, 'U.S. Department of Veterans Affairs', pay('va'), pop('veterans')],
  ['STAG', LCA, 'State substance abuse agency'],
  ['STDH', LCA, 'State department of health'],
  ['STMH', LCA, 'State mental health department'],
  ['CARF', LCA, 'Commission on Accreditation of Rehabilitation Facilities'],
  ['COA', LCA, 'Council on Accreditation'],
  ['HFAP', LCA, 'Healthcare Facilities Accreditation Program'],
  ['HLA', LCA, 'Hospital licensing authority'],
  ['JC', LCA, 'The Joint Commission'],
  ['NCQA', LCA, 'National Committee for Quality Assurance'],
  ['ATR', PAY, 'Access to recovery (ATR) voucher', pay('public-funding')],
  ['FSA', PAY, 'Federal, or any government funding for substance abuse programs', pay('public-funding')],
  ['ITU', PAY, 'IHS/Tribal/Urban (ITU) funds', pay('public-funding')],
  ['MC', PAY, 'Medicare', pay('medicare')],
  ['MD', PAY, 'Medicaid', pay('medicaid')],
  ['MI', PAY, 'Military insurance (e.g., TRICARE)', pay('military')],
  ['NP', PAY, 'No payment accepted', pay('free')],
  ['PI', PAY, 'Private health insurance', pay('private')],
  ['SF', PAY, 'Cash or self-payment', pay('self-pay')],
  ['SI', PAY, 'State financed health insurance plan other than Medicaid', pay('state-financed')],
  ['PA', PYAS, 'Payment assistance (check with facility for details)', pay('payment-assistance')],
  ['SS', PYAS, 'Sliding fee scale (fee is based on income and other factors)', pay('sliding-fee')],
  ['AD', SG, 'Adolescents', pop('adolescents')],
  ['TAY', SG, 'Transitional age young adults', pop('young-adults')],
  ['WN', SG, 'Adult women', pop('women')],
  ['PW', SG, 'Pregnant/postpartum women', pop('pregnant-postpartum')],
  ['MN', SG, 'Adult men', pop('men')],
  ['SE', SG, 'Seniors or older adults', pop('seniors')],
  ['GL', SG, 'Lesbian, gay, bisexual, or transgender (LGBT) clients', pop('lgbtq')],
  ['VET', SG, 'Veterans', pop('veterans')],
  ['ADM', SG, 'Active duty military', pop('active-duty-military')],
  ['MF', SG, 'Military families', pop('military-families')],
  ['CJ', SG, 'Clients referred from the court/judicial system', pop('justice-involved')],
  ['CO', SG, 'Persons with co-occurring mental and substance abuse disorders', svc('co-occurring-care')],
  ['HV', SG, 'Persons with HIV or AIDS'],
  ['XA', SG, 'Persons who have experienced sexual abuse', svc('trauma-care')],
  ['DV', SG, 'Persons who have experienced intimate partner violence, domestic violence', svc('trauma-care')],
  ['TRMA', SG, 'Persons who have experienced trauma', svc('trauma-care')],
  ['CMHA', ASSES, 'Comprehensive mental health assessment'],
  ['CSAA', ASSES, 'Comprehensive substance abuse assessment'],
  ['ISC', ASSES, 'Interim services for clients'],
  ['OPC', ASSES, 'Outreach to persons in the community'],
  ['BABA', SCR, 'Breath analyzer or blood alcohol testing'],
  ['DAUT', SCR, 'Drug or alcohol urine screening'],
  ['HIVT', SCR, 'HIV testing'],
  ['SHB', SCR, 'Screening for Hepatitis B'],
  ['SHC', SCR, 'Screening for Hepatitis C'],
  ['SMHD', SCR, 'Screening for mental health disorders'],
  ['SSA', SCR, 'Screening for substance abuse'],
  ['STDT', SCR, 'STD testing'],
  ['TBS', SCR, 'TB screening'],
  ['ACC', TRSRV, 'Aftercare/continuing care'],
  ['DP', TRSRV, 'Discharge Planning'],
  ['ACU', AS, 'Acupuncture', svc('holistic')],
  ['AOSS', AS, 'Assistance with obtaining social services', svc('case-management')],
  ['BC', AS, 'Residential beds for clients children', svc('childcare')],
  ['CCC', AS, 'Child care for clients children', svc('childcare')],
  ['CM', AS, 'Case management', svc('case-management')],
  ['DVFP', AS, 'Domestic violence services-family or partner', svc('trauma-care')],
  ['EIH', AS, 'Early intervention for HIV'],
  ['HS', AS, 'Housing services', svc('housing-help')],
  ['MHS', AS, 'Mental health services', svc('co-occurring-care')],
  ['PEER', AS, 'Consumer-run (peer-support) services', svc('peer-support')],
  ['SHG', AS, 'Self-help groups', svc('peer-support')],
  ['SSD', AS, 'Social skills development', svc('life-skills')],
  ['TA', AS, 'Transportation assistance', svc('transport-help')],
  ['ADD', OTHR, 'Treatment for non-substance abuse addiction disorder'],
  ['TGD', OTHR, 'Treatment for gambling disorder'],
  ['TID', OTHR, 'Treatment for internet use disorder'],
  ['CT', SET, 'Computerized treatment'],
  ['HI', SET, 'Hospital inpatient'],
  ['OP', SET, 'Outpatient'],
  ['RES', SET, 'Residential'],
  ['HID', SET, 'Hospital inpatient detoxification', svc('detox')],
  ['HIT', SET, 'Hospital inpatient treatment'],
  ['OD', SET, 'Outpatient detoxification', svc('detox')],
  ['ODT', SET, 'Outpatient day treatment or partial hospitalization'],
  ['OIT', SET, 'Intensive outpatient treatment'],
  ['OMB', SET, 'Outpatient methadone/buprenorphine or naltrexone'],
  ['ORT', SET, 'Regular outpatient treatment'],
  ['RD', SET, 'Residential detoxification', svc('detox')],
  ['RL', SET, 'Long-term residential'],
  ['RS', SET, 'Short-term residential'],
  ['ADTX', DETOX, 'Alcohol Detoxification', svc('detox')],
  ['BDTX', DETOX, 'Benzodiazepines Detoxification', svc('detox')],
  ['CDTX', DETOX, 'Cocaine Detoxification', svc('detox')],
  ['MDTX', DETOX, 'Methamphetamines Detoxification', svc('detox')],
  ['ODTX', DETOX, 'Opioids Detoxification', svc('detox')],
  ['ICO', EDU, 'Individual counseling offered', svc('individual-therapy')],
  ['GCO', EDU, 'Group counseling offered', svc('group-therapy')],
  ['FCO', EDU, 'Family counseling offered', svc('family-therapy')],
  ['MCO', EDU, 'Marital/couples counseling offered', svc('family-therapy')],
  ['SAE', EDU, 'Substance abuse education'],
  ['TAEC', EDU, 'Hepatitis education, counseling, or support'],
  ['HAEC', EDU, 'HIV or AIDS education, counseling, or support'],
  ['HEOH', EDU, 'Health education services other than HIV/AIDS or hepatitis'],
  ['EMP', EDU, 'Employment counseling or training', svc('life-skills')],
  ['NRT', TOBAC, 'Nicotine replacement therapy'],
  ['NSC', TOBAC, 'Non-nicotine smoking/tobacco cessation medications'],
  ['STU', TOBAC, 'Screening for tobacco use'],
  ['TCC', TOBAC, 'Smoking/tobacco cessation counseling'],
  ['SMON', SMP, 'Smoking not permitted'],
  ['SMOP', SMP, 'Smoking permitted without restriction'],
  ['SMPD', SMP, 'Smoking permitted in designated area'],
  ['ADLT', AGE, 'Adults', age('adults')],
  ['CHLD', AGE, 'Children/adolescents', age('children-adolescents')],
  ['YAD', AGE, 'Young adults', age('young-adults')],
  ['FEM', GN, 'Female', { kind: 'sex', value: 'female' }],
  ['MALE', GN, 'Male', { kind: 'sex', value: 'male' }],
  ['BMO', EXCL, 'Methadone and buprenorphine clients only'],
  ['DU', EXCL, 'DUI/DWI clients'],
  ['DUO', EXCL, 'Serve only DWI clients'],
  ['MO', EXCL, 'Methadone clients only'],
  ['OTPA', EXCL, 'All Clients in Opioid Treatment Program'],
  ['AH', SL, 'Services for the deaf and hard of hearing', lang('ase')],
  ['NX', SL, 'Native American Indian or Alaska Native languages'],
  ['FX', SL, 'Other languages(excluding Spanish)'],
  ['SP', SL, 'Spanish', lang('es')],
  ['N13', AIL, 'Hopi', lang('hop')],
  ['N18', AIL, 'Lakota', lang('lkt')],
  ['N23', AIL, 'Navajo', lang('nv')],
  ['N24', AIL, 'Ojibwa', lang('oj')],
  ['N40', AIL, 'Yupik', lang('ypk')],
  ['F4', OL, 'Arabic', lang('ar')],
  ['F17', OL, 'Any Chinese Language', lang('zh')],
  ['F19', OL, 'Creole', lang('ht')],
  ['F25', OL, 'Farsi', lang('fa')],
  ['F28', OL, 'French', lang('fr')],
  ['F30', OL, 'German', lang('de')],
  ['F31', OL, 'Greek', lang('el')],
  ['F35', OL, 'Hebrew', lang('he')],
  ['F36', OL, 'Hindi', lang('hi')],
  ['F37', OL, 'Hmong', lang('hmn')],
  ['F42', OL, 'Italian', lang('it')],
  ['F43', OL, 'Japanese', lang('ja')],
  ['F47', OL, 'Korean', lang('ko')],
  ['F66', OL, 'Polish', lang('pl')],
  ['F67', OL, 'Portuguese', lang('pt')],
  ['F70', OL, 'Russian', lang('ru')],
  ['F81', OL, 'Tagalog', lang('tl')],
  ['F92', OL, 'Vietnamese', lang('vi')],
  ['GH', HOSP, 'General Hospital (including VA hospital)'],
  ['PSYH', HOSP, 'Psychiatric hospital'],
  ['MU', OM, 'Methadone used in Treatment', med('methadone')],
  ['BU', OM, 'Buprenorphine used in Treatment', med('buprenorphine')],
  ['NU', OM, 'Naltrexone used in Treatment', med('naltrexone')],
  ['DB', OT, 'Buprenorphine detoxification', med('buprenorphine')],
  ['BUM', OT, 'Buprenorphine maintenance', med('buprenorphine')],
  ['BMW', OT, 'Buprenorphine maintenance for predetermined time', med('buprenorphine')],
  ['OTP', OT, 'SAMHSA-certified Opioid Treatment Program', { kind: 'otp' }],
  ['DM', OT, 'Methadone detoxification', med('methadone')],
  ['MM', OT, 'Methadone maintenance', med('methadone')],
  ['MMW', OT, 'Methadone maintenance for predetermined time', med('methadone')],
  // "and/or": the listing does not say which, so neither medication is claimed.
  ['UBN', OT, 'Prescribes/administer buprenorphine and/or naltrexone'],
  ['RPN', OT, 'Relapse prevention from naltrexone', med('naltrexone')],
  ['PAIN', OT, 'Use methadone/buprenorphine for pain management or emergency dosing'],
  ['MOA', OT, 'Accepts clients on opioid medication'],
  ['NMOA', OT, 'Do not use medication for opioid addiction'],
  ['NOOP', OT, 'Do not treat opioid addiction'],
  ['ACM', PHR, 'Acamprosate (Campral®)', med('acamprosate')],
  ['DSF', PHR, 'Disulfiram (Antabuse®)', med('disulfiram')],
  ['METH', PHR, 'Methadone', med('methadone')],
  ['BSDM', PHR, 'Buprenorphine sub-dermal implant (Probuphine®)', med('buprenorphine')],
  ['BWN', PHR, 'Buprenorphine with naloxone  (Suboxone®)', med('buprenorphine')],
  ['BWON', PHR, 'Buprenorphine without naloxone', med('buprenorphine')],
  ['NXN', PHR, 'Naltrexone (oral)', med('naltrexone')],
  ['VTRL', PHR, 'Extended-release, injectible Naltrexone (Vivitrol®)', med('naltrexone')],
  ['MPD', PHR, 'Medications for psychiatric disorders'],
  ['ANG', TAP, 'Anger management'],
  ['BIA', TAP, 'Brief intervention approach'],
  ['CBT', TAP, 'Cognitive/behavioral therapy'],
  ['CMI', TAP, 'Contingency management/motivational incentive'],
  ['CRV', TAP, 'Community reinforcement plus vouchers'],
  ['DBT', TAP, 'Dialectical behavioral therapy'],
  ['MOTI', TAP, 'Motivational interviewing'],
  ['MXM', TAP, 'Martix Model'],
  ['REBT', TAP, 'Rational emotive behavioral therapy'],
  ['RELP', TAP, 'Relapse prevention'],
  ['SACA', TAP, 'Substance abuse counseling approach'],
  ['TRC', TAP, 'Trauma-related counseling', svc('trauma-care')],
  ['TWFA', TAP, '12-step facilitation approach', svc('peer-support')],
];

/** Codes the newer exports use that the 2019 reference lacks. */
const EXTENSIONS: readonly Row[] = [
  ['MH', TC, 'Mental health treatment', scope('mental-health')],
  [
    'SUMH',
    TC,
    'Treatment for co-occurring substance use plus either serious mental health illness in adults/serious emotional disturbance in children',
    scope('co-occurring'),
    svc('co-occurring-care'),
  ],
  ['VAF', PAY, 'U.S. Department of VA funds', pay('va')],
  ['SNR', AGE, 'Seniors (65 or older)', age('seniors')],
  ['BXR', PHR, 'Buprenorphine (extended-release, injectable)', med('buprenorphine')],
  ['HOL', TAP, 'Activity therapy', svc('holistic')],
];

function toCode([code, category, name, ...effects]: Row, extension: boolean): ServiceCode {
  const all = category === SET ? [...settingEffects(code), ...effects] : effects;
  return extension ? { code, category, name, effects: all, extension: true } : { code, category, name, effects: all };
}

export const SERVICE_CODES: readonly ServiceCode[] = [...ROWS.map((r) => toCode(r, false)), ...EXTENSIONS.map((r) => toCode(r, true))];

export const SERVICE_CODE_BY_CODE: ReadonlyMap<string, ServiceCode> = new Map(SERVICE_CODES.map((c) => [c.code, c]));
