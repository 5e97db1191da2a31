import { has, many, one, usesSomething } from './answer-helpers.js';
import type { Question, Step } from './question-types.js';
import { CHOOSE_ALL, NO, opt, w, YES, YES_NO_UNSURE } from './words.js';

/** Levels a person may have tried before, with their words. */
export const PRIOR_LEVELS = [
  ['outpatient', 'Counseling once or twice a week', 'Consejería una o dos veces por semana'],
  ['intensive-outpatient', 'An intensive outpatient program (IOP)', 'Un programa ambulatorio intensivo (IOP)'],
  ['partial-hospitalization', 'A day program (partial hospital)', 'Un programa de día (hospitalización parcial)'],
  ['residential-high', 'A live-in treatment program (rehab)', 'Un programa residencial (centro de rehabilitación)'],
  ['inpatient-medical', 'A hospital stay for this', 'Una hospitalización por esto'],
] as const;

const priorOutcome = ([level, en, es]: (typeof PRIOR_LEVELS)[number]): Question => ({
  id: `prior-${level}`,
  kind: 'single',
  showIf: (a) => has(a, 'prior', level),
  text: w(
    `How did it go: ${en.charAt(0).toLowerCase() + en.slice(1)}?`,
    `¿Cómo le fue a {usted} en este tratamiento: ${es.charAt(0).toLowerCase() + es.slice(1)}?`,
  ),
  options: [
    opt('completed-sustained', 'Finished it and stayed well', 'Lo terminó y siguió bien'),
    opt('completed-relapsed', 'Finished it, then started again', 'Lo terminó, pero los problemas volvieron'),
    opt('left-early', 'Left before the end', 'Lo dejó antes de terminar'),
    opt('ongoing', 'Still in it', 'Todavía sigue en ese tratamiento'),
  ],
});

const COPING_OPTIONS = [
  opt('strong', 'Very well', 'Muy bien'),
  opt('adequate', 'Well enough', 'Bastante bien'),
  opt('limited', 'Not very well', 'No muy bien'),
  opt('none', 'Not at all', 'Nada bien'),
];

/** Dimension 4. */
export const readinessStep: Step = {
  id: 'readiness',
  title: w('Ready for change', 'Las ganas de cambiar'),
  questions: [
    {
      id: 'stage',
      kind: 'single',
      text: w('Which fits best right now?', '¿Qué describe mejor cómo está {usted} ahora?'),
      options: [
        opt('precontemplation', '{You} {do|does} not think there is a problem', 'No cree que haya un problema'),
        opt('contemplation', '{You} {are|is} thinking about a change', 'Está pensando en cambiar'),
        opt('preparation', '{You} {are|is} ready to start soon', 'Quiere empezar pronto'),
        opt('action', '{You} {have|has} already started to change', 'Ya empezó a cambiar'),
        opt('maintenance', '{You} changed a while ago and {want|wants} to keep it up', 'Cambió hace un tiempo y quiere seguir así'),
      ],
    },
    {
      id: 'importance',
      kind: 'single',
      text: w('From 0 to 10, how much does change matter to {you-obj}?', 'Del 0 al 10, ¿cuánto le importa cambiar a {usted}?'),
      hint: w('0 means not at all. 10 means very much.', '0 es nada. 10 es muchísimo.'),
      options: Array.from({ length: 11 }, (_, n) => opt(String(n), String(n), String(n))),
    },
    {
      id: 'engagement',
      kind: 'single',
      text: w('How {do|does} {you} feel about getting help?', '¿Qué piensa {usted} de recibir ayuda?'),
      options: [
        opt('engaged', 'Wants help', 'Quiere ayuda'),
        opt('ambivalent', 'Not sure', 'Tiene dudas'),
        opt('resistant', 'Against it', 'Está en contra'),
        opt('refusing', 'Says no to any help', 'No acepta ninguna ayuda'),
      ],
    },
  ],
};

/** Dimension 5. */
export const relapseStep: Step = {
  id: 'relapse',
  title: w('Staying on track', 'Evitar recaídas'),
  questions: [
    {
      id: 'cravings',
      kind: 'single',
      showIf: usesSomething,
      text: w('How strong are the urges to drink or use?', '¿Qué tan fuertes son las ganas de consumir que tiene {usted}?'),
      options: [
        opt('none', 'None', 'No hay'),
        opt('low', 'Weak', 'Débiles'),
        opt('moderate', 'Medium', 'Medianas'),
        opt('high', 'Strong', 'Fuertes'),
      ],
    },
    {
      id: 'coping',
      kind: 'single',
      showIf: usesSomething,
      text: w(
        'When stress or urges hit, how well can {you} handle them without drinking or using?',
        'Cuando {usted} tiene estrés o ganas de consumir, ¿qué tan bien lo maneja sin consumir?',
      ),
      options: COPING_OPTIONS,
    },
    {
      // The same answer for someone who uses nothing: the skill is coping without harm, not without use.
      id: 'copingMood',
      kind: 'single',
      showIf: (a) => !usesSomething(a),
      text: w(
        'When stress or hard feelings hit, how well can {you} handle them in healthy ways?',
        'Cuando {usted} tiene estrés o sentimientos difíciles, ¿qué tan bien los maneja de forma sana?',
      ),
      options: COPING_OPTIONS,
    },
    {
      id: 'longestAbstinence',
      kind: 'single',
      showIf: usesSomething,
      text: w(
        'In the past year, what is the longest {you} went without drinking or using?',
        'En el último año, ¿cuál es el tiempo más largo que {usted} ha estado sin consumir?',
      ),
      options: [
        opt('3', 'Less than a week', 'Menos de una semana'),
        opt('10', '1 to 2 weeks', 'De 1 a 2 semanas'),
        opt('21', '2 weeks to a month', 'De 2 semanas a un mes'),
        opt('45', '1 to 3 months', 'De 1 a 3 meses'),
        opt('180', '3 months to a year', 'De 3 meses a un año'),
        opt('420', 'More than a year', 'Más de un año'),
      ],
    },
    {
      id: 'recentStay',
      kind: 'single',
      text: w('In the last month, did {you} leave any of these?', 'En el último mes, ¿salió {usted} de alguno de estos lugares?'),
      options: [
        opt('none', 'None of these', 'Ninguno'),
        opt('mental-health', 'A hospital or crisis center, for mental health', 'Un hospital o centro de crisis, por la salud mental'),
        opt(
          'substance-use',
          'Detox, a hospital, or a live-in program, for drinking or drugs',
          'Un programa de desintoxicación, un hospital o un programa residencial, por el alcohol o las drogas',
        ),
        opt('emergency', 'The emergency room', 'La sala de emergencias'),
      ],
    },
    {
      id: 'recentStayWhen',
      kind: 'single',
      showIf: (a) => a['recentStay'] !== undefined && a['recentStay'] !== 'none',
      text: w('When did {you} leave?', '¿Cuándo salió {usted}?'),
      options: [opt('week', 'In the last 7 days', 'En los últimos 7 días'), opt('month', '1 to 4 weeks ago', 'Hace entre 1 y 4 semanas')],
    },
    {
      id: 'prior',
      kind: 'multi',
      text: w('What treatment {have|has} {you} had before?', '¿Qué tratamiento ha recibido {usted} antes?'),
      hint: CHOOSE_ALL,
      options: [...PRIOR_LEVELS.map(([id, en, es]) => opt(id, en, es)), opt('none', 'None', 'Ninguno', true)],
    },
    ...PRIOR_LEVELS.map(priorOutcome),
  ],
};

const notHomeless = (a: Parameters<typeof one>[0]): boolean => one(a, 'housing') !== 'homeless';

/** Dimension 6. */
export const homeStep: Step = {
  id: 'home',
  title: w('Home and support', 'El hogar y el apoyo'),
  questions: [
    {
      id: 'housing',
      kind: 'single',
      text: w('Where {do|does} {you} live now?', '¿Dónde vive {usted} ahora?'),
      options: [
        opt('stable', 'In a steady home', 'En un hogar estable'),
        opt('unstable', 'Moving around, or staying with friends for now', 'De un lugar a otro, o con amigos por ahora'),
        opt('homeless', 'No home: a shelter, a car, or outside', 'Sin hogar: un albergue, un carro o la calle'),
        opt('recovery-residence', 'A sober living house', 'Una vivienda sobria (casa para personas en recuperación)'),
        opt('institution', 'Jail, a hospital, or another facility', 'La cárcel, un hospital u otra institución'),
      ],
    },
    {
      id: 'householdUse',
      kind: 'single',
      showIf: notHomeless,
      text: w(
        'Does anyone {you} live{s} with drink a lot or use drugs?',
        '¿Alguien que vive con {usted} toma mucho alcohol o consume drogas?',
      ),
      options: YES_NO_UNSURE,
    },
    {
      id: 'unsafe',
      kind: 'single',
      text: w(
        'Is {your} home or life unsafe: violence, threats, or being used by others?',
        '¿Hay peligro en el hogar o en la vida de {usted}, como violencia, amenazas o abuso?',
      ),
      options: YES_NO_UNSURE,
    },
    {
      id: 'support',
      kind: 'single',
      text: w('Who backs {your} recovery?', '¿Quién apoya la recuperación de {usted}?'),
      options: [
        opt('strong', 'People who help a lot', 'Personas que ayudan mucho'),
        opt('some', 'Some people help a little', 'Algunas personas ayudan un poco'),
        opt('none', 'No one', 'Nadie'),
        opt('undermining', 'People close to {you-obj} push {you-obj} to use', 'Personas cercanas le insisten en que consuma'),
      ],
    },
    {
      id: 'transport',
      kind: 'single',
      text: w('Can {you} get to visits, by car, bus, or rides?', '¿Puede {usted} llegar a las citas en carro, en autobús o con alguien?'),
      options: [YES, NO],
    },
    {
      id: 'telehealth',
      kind: 'single',
      showIf: (a) => a['transport'] === 'no',
      text: w('Could {you} do visits by video or phone?', '¿Podría {usted} tener citas por video o por teléfono?'),
      options: YES_NO_UNSURE,
    },
    {
      id: 'legal',
      kind: 'single',
      text: w(
        'Is a court, probation, or a job asking for treatment?',
        '¿La corte, un oficial de libertad condicional (probation) o un trabajo le piden a {usted} que reciba tratamiento?',
      ),
      options: [YES, NO],
    },
  ],
};

export const priorLevels = (a: Parameters<typeof many>[0]): readonly string[] => many(a, 'prior').filter((p) => p !== 'none');
