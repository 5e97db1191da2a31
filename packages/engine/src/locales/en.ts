import type { LocaleMessages } from './locale-types.js';

/**
 * English sentences for the engine's codes. Plain language (grade 8 or below): these appear on the
 * public pages as well as in the staff workspace. `{name}` is filled from the message's facts;
 * `{name?text}` shows `text` only when the fact is known.
 */
export const en: LocaleMessages = {
  dateLocale: 'en-US',
  notice:
    'carelevel supports, and does not replace, a clinician\u2019s judgment. It is not a diagnosis. In an emergency call 911; for a mental health or substance use crisis call or text 988.',
  levels: {
    'recovery-support': 'Recovery support',
    'early-intervention': 'Early intervention',
    outpatient: 'Outpatient',
    'intensive-outpatient': 'Intensive outpatient (IOP)',
    'partial-hospitalization': 'Partial hospitalization (day program)',
    'residential-low': 'Residential, low intensity',
    'residential-high': 'Residential treatment',
    'residential-medical': 'Residential with 24-hour medical care',
    'inpatient-medical': 'Hospital care',
  },
  withdrawalManagement: {
    none: 'No withdrawal care needed',
    ambulatory: 'Withdrawal care while living at home, with daily check-ins',
    residential: 'Withdrawal care in a 24-hour setting',
    inpatient: 'Withdrawal care in a hospital',
  },
  dimensions: {
    '1': 'Intoxication and withdrawal',
    '2': 'Physical health',
    '3': 'Mental health and emotions',
    '4': 'Readiness to change',
    '5': 'Risk of relapse or continued use',
    '6': 'Home and recovery environment',
  },
  medication: {
    'opioid-use-disorder': 'Medication for opioid use disorder (buprenorphine, methadone or naltrexone)',
    'alcohol-use-disorder': 'Medication for alcohol use disorder (such as naltrexone or acamprosate)',
  },
  substances: {
    alcohol: 'alcohol',
    opioids: 'opioids',
    benzodiazepines: 'benzodiazepines',
    sedatives: 'sedatives',
    stimulants: 'stimulants',
    cannabis: 'cannabis',
    hallucinogens: 'hallucinogens',
    inhalants: 'inhalants',
    tobacco: 'tobacco',
    other: 'another substance',
  },
  terms: {
    none: 'none',
    mild: 'mild',
    moderate: 'moderate',
    severe: 'severe',
    low: 'low',
    high: 'high',
    imminent: 'immediate',
    and: 'and',
  },
  crisis: {
    overdose: 'This sounds like an overdose. Call 911 now. If you have naloxone (Narcan), use it. Stay with the person.',
    'medical-emergency':
      'This is an emergency that needs a doctor now. Call 911 or go to the nearest emergency room. For a mental health crisis you can also call or text 988.',
    'suicide-risk':
      'Safety comes first. Call or text 988 (Suicide & Crisis Lifeline) now, or call 911 or go to the nearest emergency room. No one at risk should be left alone.',
    'harm-to-others': 'Someone may be in danger. Call 911, or call or text 988 for crisis help now.',
    'severe-withdrawal':
      'Severe withdrawal can cause seizures and can be deadly. Go to an emergency room or call 911 now. Stopping alcohol or pills suddenly without medical help is dangerous.',
  },
  reason: {
    'lethal-means': 'Firearms or a large supply of pills where they live.',
    'severe-first-year':
      'A severe problem, stopped within the last year{abstinenceDays? ({abstinenceDays} days)}. Regular outpatient care keeps going for now.',
    'first-months':
      'Stopped using only recently{abstinenceDays? ({abstinenceDays} days)}. The first three months carry the highest risk of relapse, so treatment continues.',
    'intoxication-depressant-combination':
      'Very intoxicated on two or more downers at once (alcohol, benzodiazepines or sleeping pills, opioids). Breathing can slow or stop.',
    'sedative-withdrawal-expected':
      'Daily drinking or sedative use{sedativeRecentHours?, last used {sedativeRecentHours} hours ago}. Withdrawal has not started yet, but it can start within hours.',
    'sedative-withdrawal-expected-significant':
      'Heavy daily drinking{pawss? (PAWSS {pawss})}{sedativeRecentHours?, last drink {sedativeRecentHours} hours ago}. Strong withdrawal is likely once it starts.',
    'withdrawal-history-unknown':
      'We do not know if past withdrawal caused a seizure or confusion. Until a clinician asks, withdrawal should be watched by medical staff.',
    'withdrawal-risk-factors':
      'Withdrawal, now or soon, plus something that makes it riskier: age 65 or over, a serious health problem, another downer, suicide risk, or a high PAWSS score.',
    'withdrawal-no-daily-checks':
      'Withdrawal care at home needs a check every day, and there is no way to get there and no video or phone visits.',
    'pregnant-withdrawal-expected':
      'Pregnant, with withdrawal from alcohol or sedatives coming. It should be treated in a hospital before it starts, so the baby can be checked too.',
    'opioid-withdrawal-expected': 'Daily opioid use. Withdrawal is coming; starting buprenorphine or methadone can prevent it.',
    'opioid-withdrawal-with-depressant':
      'Opioid withdrawal coming, along with daily alcohol or sedatives. Starting treatment safely needs medical staff nearby.',
    'serious-illness': 'A serious health problem (such as heart, liver or lung disease, blood thinners, falls or a head injury).',
    'cognitive-impairment': 'Problems with memory or thinking. Care should be simple, written down, and shared with someone trusted.',
    'postpartum-opioid': 'Had a baby in the last year and has an opioid use problem. The months after birth carry a high risk of overdose.',
    'suicide-screen-positive': 'Answers show thoughts of suicide or self-harm. A clinician should talk with the person about safety today.',
    'frequent-self-harm-thoughts':
      'Thoughts of death or self-harm on most days, and no safety check yet. Until there is one, plan for contact several times a week.',
    'recent-attempt': 'A suicide attempt in the last three months. A safety plan and close follow-up are needed.',
    'after-mental-health-discharge':
      'Left hospital or crisis care for mental health{daysSinceDischarge? {daysSinceDischarge} days ago}. The first weeks after are a time of high risk.',
    'severe-symptoms-near-hospital':
      'Severe depression{phq9Total? (PHQ-9 {phq9Total})}, trouble with daily life and suicide risk together. This needs a day program or more.',
    'relapse-in-episode':
      'Used again while in treatment ({currentLevel}). That is not a reason for less care: treatment should be adjusted, not cut back.',
    'after-discharge':
      'Left a hospital or 24-hour program{daysSinceDischarge? {daysSinceDischarge} days ago}. The month after is a time of high risk, so care keeps going.',
    'after-discharge-first-week':
      'Left a hospital or 24-hour program{daysSinceDischarge? {daysSinceDischarge} days ago}. A first follow-up visit should happen within 7 days.',
    'psychosis-unsafe-home':
      'Psychosis right now and no safe, alcohol- and drug-free place to stay. This needs 24-hour care with doctors and nurses.',
    'suicide-risk': 'Some risk of suicide.',
    'harm-risk': 'Some risk of hurting others.',
    'serious-symptoms-unstable-home': 'Serious mental health symptoms without a stable home or support.',
    caregiving: 'Caring for children or others at home.',
    postpartum: 'Had a baby in the last year.',
    adolescent: 'A young person: family is part of the care.',
    'older-adult-withdrawal-alone':
      'Age 65 or over, withdrawal from daily drinking or sedatives, and no one at home to watch. This needs medical care around the clock.',
    'self-harm-thoughts': 'Thoughts of death or of self-harm came up. A clinician should check on safety soon.',
    'insufficient-information': 'Not enough is known yet about use or mental health. Start with an assessment visit.',
    'no-concerns': 'No concerns found here.',
    'not-assessed': 'No answers about this yet.',
    'overdose-signs': 'There are signs of an overdose right now.',
    'severe-intoxication': 'Very intoxicated right now. This needs watching until it wears off.',
    'sedative-withdrawal-mild': 'Mild withdrawal from alcohol or sedatives{ciwaAr? (CIWA-Ar {ciwaAr})}.',
    'sedative-withdrawal-moderate':
      'Moderate withdrawal from alcohol or sedatives{ciwaAr? (CIWA-Ar {ciwaAr})}. It needs medicine and daily checks.',
    'withdrawal-no-monitoring': 'Withdrawal is happening and no one at home can watch for danger signs.',
    'sedative-withdrawal-risk-factors':
      'Moderate withdrawal{ciwaAr? (CIWA-Ar {ciwaAr})} plus something that makes it riskier, such as age, health, past withdrawal or other withdrawal at the same time.',
    'withdrawal-complicated-history': 'Past withdrawal caused a seizure or confusion (delirium). That raises the risk this time.',
    'withdrawal-complicated-history-moderate':
      'Moderate withdrawal{ciwaAr? (CIWA-Ar {ciwaAr})} after a past withdrawal seizure or delirium. This needs hospital care.',
    'sedative-withdrawal-severe': 'Severe withdrawal from alcohol or sedatives{ciwaAr? (CIWA-Ar {ciwaAr})}. It can cause seizures.',
    'benzodiazepine-taper': 'Daily benzodiazepine use. The dose must come down slowly with a doctor, never all at once.',
    'benzodiazepine-withdrawal-moderate':
      'Daily benzodiazepine use with moderate withdrawal{ciwaAr? (CIWA-Ar {ciwaAr})}. Lowering the dose safely needs 24-hour medical care.',
    'pregnant-sedative-withdrawal': 'Withdrawal during pregnancy. It should be treated in a hospital, where the baby can be checked too.',
    'opioid-withdrawal': 'Opioid withdrawal{cows? (COWS {cows})}. Medicine like buprenorphine or methadone can ease it.',
    'opioid-withdrawal-moderately-severe': 'Strong opioid withdrawal{cows? (COWS {cows})}.',
    'opioid-withdrawal-severe': 'Severe opioid withdrawal{cows? (COWS {cows})}. It needs medical care.',
    'opioid-with-sedative-dependence':
      'Opioid use together with daily alcohol or sedative use. Withdrawal from both at once needs medical care.',
    'other-withdrawal': 'Withdrawal from stimulants or cannabis is not dangerous to the body, but it can bring very low mood.',
    'physical-stable': 'A health condition that is stable. Keep working with a regular doctor.',
    'physical-needs-monitoring': 'A health condition that needs a doctor to keep an eye on it.',
    'pregnant-substance-use': 'Pregnant and using. Prenatal care and treatment should work together.',
    'physical-unstable': 'A health problem that is not stable and needs nurses and a doctor close by.',
    'physical-emergency': 'A medical emergency.',
    'suicide-risk-low': 'Some thoughts of suicide, at low risk. A safety plan helps.',
    'suicide-risk-moderate': 'Thoughts of suicide at moderate risk. A mental health check today and a safety plan are needed.',
    'suicide-risk-high': 'High risk of suicide.',
    'harm-risk-low': 'Some risk of hurting others, at low level.',
    'harm-risk-moderate': 'A moderate risk of hurting others. Close support and a safety plan are needed.',
    'harm-risk-high': 'A high risk of hurting someone else.',
    'psychosis-stable': 'A psychotic illness that is stable with treatment.',
    'psychosis-active': 'Seeing or hearing things, or beliefs that are not real, right now.',
    'psychosis-with-danger': 'Psychosis right now, along with danger to self or others or not being able to take care of oneself.',
    'functioning-mild': 'Some trouble keeping up with daily life.',
    'functioning-moderate': 'Clear trouble with work, school or home life.',
    'functioning-severe': 'Serious trouble with daily life in many areas.',
    'unable-self-care': 'Not able to take care of basic needs right now.',
    'symptoms-moderate':
      'Depression or anxiety at a level that needs treatment{phq9Total? (PHQ-9 {phq9Total})}{gad7Total? (GAD-7 {gad7Total})}.',
    'symptoms-severe': 'Severe depression{phq9Total? (PHQ-9 {phq9Total})}.',
    'readiness-ambivalent': 'Unsure about changing. That is common, and talking it through helps.',
    'readiness-low': 'Not ready to change yet. Care can still help, starting with what matters to the person.',
    'readiness-refusing': 'Does not want care right now. Keep reaching out, and involve family if possible.',
    'risky-use': 'Use that carries risk, even without an addiction.',
    'early-remission':
      'Stopped using within the last year{abstinenceDays? ({abstinenceDays} days)}. Recovery support, groups and a plan for what to do if use comes back protect it.',
    'opioid-maintenance': 'In ongoing treatment for opioid use. Keep the medicine and the visits going as long as they help.',
    'severe-disorder-needs-structure':
      'A severe substance problem, in use or only recently stopped, that needs a structured program of several days a week.',
    'cravings-in-remission': 'Cravings are back, with few ways yet to handle them. Relapse-prevention care helps.',
    'active-disorder': 'A current substance use problem.',
    'active-disorder-moderate': 'A moderate or severe substance use problem, still using.',
    'severe-disorder-active': 'A severe substance use problem, still using.',
    'severe-disorder-early': 'A severe substance use problem that stopped only recently.',
    'step-down-after-residential': 'Recently finished residential or hospital care. A step down to a strong program protects the progress.',
    'cravings-limited-coping': 'Cravings, and few ways to cope with them yet.',
    'high-cravings': 'Strong cravings while still using.',
    'no-coping': 'No ways to cope with cravings or stress yet.',
    'failed-lower-level': 'Past treatment did not hold{failedEpisodes? ({failedEpisodes} times)}; use continued after it.',
    'failed-intensive': 'Use came back after intensive or residential treatment{failedEpisodes? ({failedEpisodes} past programs)}.',
    'overdose-history': 'An overdose in the past year, and still using opioids.',
    'relapse-very-high': 'Strong cravings, few ways to cope, and past overdose or relapse after treatment.',
    'support-some': 'Some support from others.',
    'no-transportation': 'No reliable way to get to a program.',
    'legal-pressure': 'Court or legal pressure to get treatment.',
    'support-none': 'No one to support recovery right now.',
    'housing-unstable': 'Housing is not stable.',
    'household-use': 'Someone at home uses alcohol or drugs.',
    'support-undermining': 'People close by make recovery harder.',
    homeless: 'No place to live.',
    'unsafe-environment': 'Not safe where they live (violence or being taken advantage of).',
    'disorder-without-support':
      'A moderate or severe substance problem without support or safety at home. A structured program helps build support.',
    'relapse-and-environment': 'A high chance of using again, and a home that works against recovery.',
    'very-high-relapse-and-environment': 'A very high chance of using again, and a home that works against recovery.',
    'co-occurring-high-severity': 'Serious mental health symptoms and a high chance of using again, together.',
    'mental-health-unsafe-home': 'Serious mental health symptoms and no safe place to go home to each night.',
  },
  change: {
    'intoxication-cleared': 'Once the intoxication has worn off safely{level?, {level} could be enough}.',
    'history-confirmed':
      'If a clinician confirms there were never seizures or confusion in past withdrawal, withdrawal care at home with daily checks could work{level? and {level} could be enough}.',
    'daily-checks': 'With a ride each day or video visits, withdrawal care at home could work{level? and {level} could be enough}.',
    'sedative-withdrawal-settles': 'Once withdrawal is over (CIWA-Ar under 10 for a full day){level?, {level} could be enough}.',
    'opioid-withdrawal-settles': 'Once withdrawal is eased with medicine (COWS under 13){level?, {level} could be enough}.',
    'safety-assessment': 'If a suicide safety check today finds low risk{level?, {level} could be enough}.',
    'all-together': 'No one change would lower the level by itself. All of the following together would make {level} fit:',
    'mental-health-steadier': 'If the mental health symptoms and risks ease{level?, {level} could be enough}.',
    'crisis-first': 'First get safe with emergency help. After that, {level} is the next step.',
    'someone-to-monitor':
      'If someone could stay with them through withdrawal, it could be done at home with daily checks{level? and {level} could be enough}.',
    'physical-stabilized': 'Once the health problem is stable{level?, {level} could be enough}.',
    'suicide-risk-lower': 'If the risk of suicide goes down{level?, {level} could be enough}.',
    'harm-risk-lower': 'If the risk of hurting others goes down{level?, {level} could be enough}.',
    'psychosis-treated': 'Once the psychosis is treated{level?, {level} could be enough}.',
    'functioning-better': 'If daily life gets easier to manage{level?, {level} could be enough}.',
    'symptoms-lower': 'If depression or anxiety eases{level?, {level} could be enough}.',
    'longer-abstinence': 'After more time without use{level?, {level} could be enough}.',
    'coping-skills': 'With stronger ways to cope with cravings{level?, {level} could be enough}.',
    'support-found': 'With people who support recovery{level?, {level} could be enough}.',
    'safe-housing': 'With a safe, stable place to stay (such as a recovery residence or supported housing){level?, {level} would fit}.',
    'home-free-of-use': 'With a home free of alcohol and drugs, such as a recovery residence (sober living){level?, {level} would fit}.',
    'step-down-when-stable': 'As things get better, care can step down to a less intensive level.',
    'step-up-signs': 'If {use?use, cravings, }mood or safety get worse, care should step up.',
  },
  assumption: {
    'abstinence-in-controlled-environment':
      'Time without use was in a controlled place (like jail or a hospital). We treated recovery as just starting.',
    'withdrawal-unknown-daily-opioid-use':
      'Withdrawal was not asked about. Because of daily opioid use, we planned for at least mild withdrawal.',
    'disorder-severity-inferred':
      'How serious the {substance} problem is was not given. We treated it as {severity} based on how often it is used.',
    'use-days-unknown': 'How often a substance is used was not given. We treated it as current use.',
    'disorder-severity-from-screen': 'No substance was named, so the screening score was used to judge how serious the problem is.',
    'abstinence-unknown-treated-as-early': 'How long they have gone without use was not given. We treated it as recent.',
    'withdrawal-unknown-daily-sedative-use':
      'Withdrawal was not asked about. Because of daily drinking or sedative use, we planned for at least mild withdrawal.',
    'withdrawal-substance-unknown':
      'Withdrawal was reported without naming the substance. We treated it like alcohol withdrawal, to be safe.',
    'withdrawal-history-unknown':
      'We do not know about past withdrawal seizures or confusion. We treated them as possible, so withdrawal is not planned at home without someone watching.',
    'home-monitoring-unknown': 'We do not know if someone can stay with them during withdrawal. We treated it as no.',
    'suicide-risk-not-assessed': 'Suicide risk was not asked about. Please ask; it can change the plan.',
    'insufficient-information': 'Almost nothing about use or mental health was answered. The result is a starting point only.',
    'dimension-not-assessed': 'No answers about {dimension}. We treated it as no concerns; please ask about it.',
    'suicide-risk-from-screen-only':
      'A screen showed thoughts of suicide, but no suicide risk assessment is recorded. The level is a starting point until that assessment is done today.',
    'dates-read-as-recent': 'The date of this assessment was not given, so every date in it was treated as recent.',
    'withdrawal-expected-sedative':
      'No withdrawal was reported, but after daily drinking or sedative use it can still start. We planned for it.',
    'withdrawal-expected-opioid': 'No withdrawal was reported, but after daily opioid use it can still start. We planned for it.',
    'last-use-time-unknown': 'When the substance was last used was not given. We treated it as recent.',
    'telehealth-unknown': 'We do not know if video or phone visits are possible. We treated them as not possible.',
  },
  warning: {
    'release-overdose-risk':
      'After time in jail, prison or a hospital, the body handles less. Overdose risk is very high in the first weeks out. Start medication and carry naloxone before leaving.',
    'phq9-item9-positive': 'The answer about thoughts of death or self-harm was above zero. Ask about suicide risk directly today.',
    'instrument-total-mismatch': 'The {instrument} total given ({given}) does not match its items ({computed}). The items were used.',
    'asq-positive-needs-safety-assessment': 'The suicide screen was positive. A brief safety check is needed before the person leaves.',
    'screen-suicide-higher-than-reported':
      'Screening answers show more suicide risk than was reported ({reported}). The higher risk was used.',
    naloxone:
      'Carry naloxone (Narcan), and make sure people nearby know how to use it. Fentanyl is in many drugs, including pills and stimulants.',
    'never-use-alone': 'Do not use alone. If you do, call a never-use-alone line or have someone check on you, so help can come.',
    'lethal-means': 'Put time and distance between the person and firearms or stored pills: store them elsewhere or locked, for now.',
    'pregnancy-alcohol-medication-refer':
      'Medicines for alcohol use are not started here during pregnancy. Refer to a doctor who treats addiction in pregnancy.',
    'postpartum-overdose-risk':
      'In the year after birth, overdose risk goes up. Keep taking recovery medicine; breastfeeding on a steady dose is usually safe.',
    'crafft-positive': 'The CRAFFT screen was positive (2 or more). A fuller check of substance use is needed.',
    'tobacco-treatment': 'Offer help to quit tobacco or vaping: counseling and medicine such as nicotine patches or varenicline.',
    'date-after-assessment': 'A date ({date}) is after the date of the assessment. It was treated as today.',
    'opioid-sedative-overdose-risk': 'Opioids with alcohol or benzodiazepines greatly raise the risk of a deadly overdose.',
    'benzodiazepine-do-not-stop-abruptly': 'Do not stop benzodiazepines all at once. Stopping suddenly can cause seizures.',
    'pregnancy-opioids-medication-not-withdrawal':
      'During pregnancy, methadone or buprenorphine is safer than stopping opioids. Do not go through withdrawal.',
    'injection-health': 'Injecting drugs: get tested for HIV and hepatitis C, and use new, clean supplies.',
    'withdrawal-may-start': 'Withdrawal can start 6 to 24 hours after the last drink or dose. Watch for shaking, sweating or confusion.',
    'stimulant-mood': 'After stopping stimulants, mood can drop hard in the first week. Watch for thoughts of suicide.',
    'suicide-risk-not-assessed': 'Ask about suicide risk. People starting treatment are at higher risk.',
    'older-adult-sedatives': 'From age 65, withdrawal can last longer and be more dangerous. Lean toward watched withdrawal.',
    'additional-crisis': 'Also urgent: {kind}.',
  },
  varianceReason: {
    'person-declined-indicated': 'they chose not to go to that level',
    'person-wants-more-intensive': 'they asked for more care',
    'not-available-nearby': 'that level is not available nearby',
    waitlisted: 'they are on a waitlist',
    'payer-denied': 'their insurance said no',
    'other-supports-in-place': 'other supports are in place',
    'clinical-judgment': 'a clinician decided so',
  },
  transitionAction: {
    'step-up': 'Step up',
    transfer: 'Transfer for withdrawal care',
    continue: 'Continue at this level',
    'step-down': 'Step down',
    'discharge-to-aftercare': 'Finish treatment with an aftercare plan',
  },
  transition: {
    'crisis-now': 'There is a crisis now. Get emergency help first.',
    'needs-more': 'The current level is not enough now.{worse? Worse since last time: dimensions {worse}.}',
    'hold-something-worse':
      'Some things got worse (dimensions {worse}), so it is not time to step down yet.{better? Better: dimensions {better}.}',
    'withdrawal-elsewhere': 'Withdrawal now needs a setting this level does not offer. Care continues after it.',
    'goals-met':
      'Treatment goals are met.{better? Better since last time: dimensions {better}.} Recovery support and an aftercare plan come next.',
    'needs-less': 'Things are better{better? (dimensions {better})}, so a less intensive level is safe now.',
    'still-needed': 'This level is still the right one.',
    'still-indicated':
      'Still indicated: {indicated}, as at the last assessment{dimensions?, because of {dimensions} together}. The person is in {current}{because? because {because}}. Keep offering the indicated level.{worse? Worse since last time: dimensions {worse}.}{better? Better since last time: dimensions {better}.}',
    'relapse-no-step-down':
      'Used again during treatment. This is not the time to step down: adjust the treatment and keep this level until use has stopped again.',
  },
  aftercareComponent: {
    'individual-therapy': 'Individual therapy',
    'support-groups': 'Support groups (such as AA, NA or SMART Recovery)',
    'recovery-residence': 'Sober living or a recovery residence',
    'medication-management': 'Medication check-ins',
    'life-skills': 'Life-skills training',
    'peer-recovery-coach': 'A peer recovery coach',
    'family-support': 'Family support and education',
    'primary-care': 'Regular doctor visits',
    'housing-help': 'Help finding housing',
  },
  aftercare: {
    'continue-therapy': 'Keep seeing a counselor after the program ends. Recovery takes time.',
    'mutual-help': 'Groups give support from people who have been there.',
    'keep-medication': 'Keep taking your recovery medicine. Keep seeing the doctor or nurse who gives it to you.',
    'psychiatric-medication': 'Keep mental health medicine going with regular check-ins.',
    'home-not-supportive': 'A home free of alcohol and drugs makes recovery easier.',
    housing: 'A stable place to live comes first.',
    'build-support': 'A coach who has been in recovery can help build a support network.',
    family: 'Family who understand recovery can help keep it going.',
    'daily-life': 'Skills for work, money and daily routines support recovery.',
    'physical-health': 'Health problems need follow-up with a doctor.',
    'crisis-988': 'Call or text 988 any time, day or night.',
    'crisis-911': 'In an emergency, call 911 or go to the nearest emergency room.',
  },
  urgent: {
    'suicide-risk-moderate':
      'Talk with a mental health professional today about safety. If thoughts of suicide get stronger, call or text 988 right away.',
    'suicide-screen-positive':
      'Talk to someone today about these thoughts: a clinician, or call or text 988 (Suicide & Crisis Lifeline) now. You do not have to wait for an appointment.',
    'harm-risk-moderate': 'Talk with a mental health professional today about staying safe. If someone is in danger, call 911.',
    'withdrawal-monitoring':
      'Withdrawal should be watched by medical staff. Get to a withdrawal program or hospital today, before it gets worse. Stopping alcohol or pills suddenly without medical help is dangerous.',
    psychosis: 'See a doctor or mental health crisis team today. Call or text 988 for help finding one now.',
    'after-discharge':
      'Make sure a follow-up visit is booked within 7 days of leaving the hospital or program. If it is not, call today. Call or text 988 if things get hard.',
  },
  urgentNames: {
    'suicide-risk-moderate': 'suicide risk',
    'suicide-screen-positive': 'thoughts of suicide',
    'harm-risk-moderate': 'risk to others',
    'withdrawal-monitoring': 'withdrawal that needs watching',
    psychosis: 'psychosis',
    'after-discharge': 'the first week after a hospital stay',
  },
  support: {
    'safety-planning': 'A written safety plan: warning signs, ways to cope, people to call, and making the home safer.',
    'recovery-residence':
      'A recovery residence (sober living home) while in treatment. If none is available, a residential program gives the same structure.',
    housing: 'Help finding a stable place to live.',
    'case-management': 'A case manager who helps with housing, benefits, health care and appointments.',
    transport: 'Help getting to treatment, such as rides or bus passes (Medicaid often pays for rides).',
    telehealth: 'Video or phone visits, so fewer trips are needed.',
    childcare: 'Childcare, or a program where children can stay with their parent.',
    'family-involvement': 'Family taking part in care, such as family therapy.',
    'legal-coordination': 'Working with the court, probation or parole officer, with the person\u2019s consent.',
  },
  crisisNames: {
    overdose: 'overdose',
    'medical-emergency': 'medical emergency',
    'suicide-risk': 'suicide risk',
    'harm-to-others': 'risk to others',
    'severe-withdrawal': 'severe withdrawal',
  },
};
