import type { Locale } from '@carelevel/engine';

/**
 * The printed plan's own words, in English and Spanish. Written for a grade-8 reader: short
 * sentences, "you" and "I", no clinical terms in the person's copy. The clinician copy speaks about
 * the person ("the person's crisis plan"), not as them (CLINICIAN_VOICE). Component names, their
 * reasons, level names and the 988/911 lines come from the engine's locale files, so the plan says
 * them the same way the screens do.
 */
export interface PlanWords {
  readonly title: string;
  readonly clinicianTitle: string;
  readonly madeOn: (date: string) => string;
  /** Under the title, when the reader may see who the plan is for. */
  readonly forPerson: (name: string, born: string | null) => string;
  readonly crisisHeading: string;
  readonly helpline: string;
  readonly crisisPlan: string;
  readonly crisisSteps: string;
  readonly crisisContacts: string;
  readonly safePlaces: string;
  readonly relapsePlan: string;
  readonly triggers: string;
  readonly warningSigns: string;
  readonly copingSteps: string;
  readonly peopleToCall: string;
  readonly services: string;
  readonly how: string;
  readonly where: string;
  readonly phone: string;
  readonly address: string;
  readonly followUp: string;
  readonly followUpIn: (days: number) => string;
  readonly nothingYet: string;
  readonly keepIt: string;
  readonly clinicianDetails: string;
  readonly currentLevel: string;
  readonly chosenLevel: string;
  readonly indicatedLevel: string;
  readonly planVersion: string;
  readonly none: string;
}

export const PLAN_WORDS: Readonly<Record<Locale, PlanWords>> = {
  en: {
    title: 'My aftercare plan',
    clinicianTitle: 'Aftercare plan: clinician copy',
    madeOn: (date) => `Made with my care team. Last changed ${date}.`,
    forPerson: (name) => `This plan belongs to ${name}.`,
    crisisHeading: 'If I am in crisis',
    helpline: 'Free help line for treatment and support: 1-800-662-4357 (any time, in English and Spanish).',
    crisisPlan: 'My crisis plan',
    crisisSteps: 'Steps I will take',
    crisisContacts: 'People I can call',
    safePlaces: 'Safe places I can go',
    relapsePlan: 'My plan to stay on track',
    triggers: 'Things that can make me want to use',
    warningSigns: 'Signs that I am starting to slip',
    copingSteps: 'What I can do instead',
    peopleToCall: 'People I can call for support',
    services: 'My care after treatment',
    how: 'How often',
    where: 'Where',
    phone: 'Phone',
    address: 'Address',
    followUp: 'Next check-in',
    followUpIn: (days) => `Talk with my care team within ${days} ${days === 1 ? 'day' : 'days'}.`,
    nothingYet: 'Not filled in yet. Ask your care team.',
    keepIt: 'Keep this plan where you can find it. Bring it to your next visit.',
    clinicianDetails: 'For the care team',
    currentLevel: 'Current level of care',
    chosenLevel: 'Level chosen at the last determination',
    indicatedLevel: 'Level indicated',
    planVersion: 'Plan version',
    none: 'none recorded',
  },
  es: {
    title: 'Mi plan para después del tratamiento',
    clinicianTitle: 'Plan para después del tratamiento: copia para el personal clínico',
    madeOn: (date) => `Hecho con mi equipo de atención. Último cambio: ${date}.`,
    forPerson: (name) => `Este plan es de ${name}.`,
    crisisHeading: 'Si estoy en crisis',
    helpline: 'Línea de ayuda gratis para tratamiento y apoyo: 1-800-662-4357 (a cualquier hora, en español y en inglés).',
    crisisPlan: 'Mi plan para una crisis',
    crisisSteps: 'Lo que voy a hacer',
    crisisContacts: 'Personas a las que puedo llamar',
    safePlaces: 'Lugares seguros a donde puedo ir',
    relapsePlan: 'Mi plan para seguir adelante',
    triggers: 'Cosas que me pueden dar ganas de consumir',
    warningSigns: 'Señales de que estoy empezando a recaer',
    copingSteps: 'Lo que puedo hacer en su lugar',
    peopleToCall: 'Personas a las que puedo llamar para pedir apoyo',
    services: 'Mi atención después del tratamiento',
    how: 'Con qué frecuencia',
    where: 'Dónde',
    phone: 'Teléfono',
    address: 'Dirección',
    followUp: 'Próxima cita',
    followUpIn: (days) => `Hablar con mi equipo de atención en ${days} ${days === 1 ? 'día' : 'días'} o menos.`,
    nothingYet: 'Todavía no está completo. Pregunte a su equipo de atención.',
    keepIt: 'Guarde este plan donde pueda encontrarlo. Tráigalo a su próxima cita.',
    clinicianDetails: 'Para el equipo de atención',
    currentLevel: 'Nivel de atención actual',
    chosenLevel: 'Nivel elegido en la última determinación',
    indicatedLevel: 'Nivel indicado',
    planVersion: 'Versión del plan',
    none: 'no registrado',
  },
};

/** The words that change when the care team, not the person, reads the plan. */
type VoiceWords = Pick<
  PlanWords,
  | 'madeOn'
  | 'forPerson'
  | 'crisisHeading'
  | 'crisisPlan'
  | 'crisisSteps'
  | 'crisisContacts'
  | 'safePlaces'
  | 'relapsePlan'
  | 'triggers'
  | 'warningSigns'
  | 'copingSteps'
  | 'peopleToCall'
  | 'services'
  | 'followUpIn'
  | 'nothingYet'
>;

export const CLINICIAN_VOICE: Readonly<Record<Locale, VoiceWords>> = {
  en: {
    madeOn: (date) => `Made with the person. Last changed ${date}.`,
    forPerson: (name, born) => `Person: ${name}${born ? ` (born ${born})` : ''}.`,
    crisisHeading: 'If the person is in crisis',
    crisisPlan: 'The person’s crisis plan',
    crisisSteps: 'Steps the person will take',
    crisisContacts: 'People the person can call',
    safePlaces: 'Safe places the person can go',
    relapsePlan: 'The person’s plan to stay on track',
    triggers: 'What can lead the person to use',
    warningSigns: 'Early signs the person is starting to slip',
    copingSteps: 'What the person can do instead',
    peopleToCall: 'People the person can call for support',
    services: 'Care after treatment',
    followUpIn: (days) => `The care team checks in within ${days} ${days === 1 ? 'day' : 'days'}.`,
    nothingYet: 'Not filled in yet.',
  },
  es: {
    madeOn: (date) => `Hecho con la persona. Último cambio: ${date}.`,
    forPerson: (name, born) => `Persona: ${name}${born ? ` (fecha de nacimiento: ${born})` : ''}.`,
    crisisHeading: 'Si la persona está en crisis',
    crisisPlan: 'Plan de la persona para una crisis',
    crisisSteps: 'Lo que la persona va a hacer',
    crisisContacts: 'Personas a las que la persona puede llamar',
    safePlaces: 'Lugares seguros a donde la persona puede ir',
    relapsePlan: 'Plan de la persona para seguir adelante',
    triggers: 'Lo que puede llevar a la persona a consumir',
    warningSigns: 'Primeras señales de que la persona empieza a recaer',
    copingSteps: 'Lo que la persona puede hacer en su lugar',
    peopleToCall: 'Personas a las que la persona puede llamar para pedir apoyo',
    services: 'Atención después del tratamiento',
    followUpIn: (days) => `El equipo de atención se comunica en ${days} ${days === 1 ? 'día' : 'días'} o menos.`,
    nothingYet: 'Todavía no está completo.',
  },
};

/** The words for one copy of the plan: the person's own voice, or the care team's about the person. */
export const planWords = (locale: Locale, copy: 'person' | 'clinician'): PlanWords =>
  copy === 'clinician' ? { ...PLAN_WORDS[locale], ...CLINICIAN_VOICE[locale] } : PLAN_WORDS[locale];
