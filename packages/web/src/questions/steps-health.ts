import { asksAboutMind, one } from './answer-helpers.js';
import type { Answers, Question, Step } from './question-types.js';
import { opt, UNSURE, w } from './words.js';

/** PHQ answer scale (public: Pfizer's blanket permission; docs/web.md). */
const OFTEN = [
  opt('0', 'Not at all', 'Ningún día'),
  opt('1', 'Several days', 'Varios días'),
  opt('2', 'More than half the days', 'Más de la mitad de los días'),
  opt('3', 'Nearly every day', 'Casi todos los días'),
];

/** The PHQ-2 screens; a score of 3 or more asks the other seven PHQ-9 items (the usual two-step use). */
export const PHQ2_IDS = ['phq1', 'phq2'] as const;
export const phq2Total = (a: Answers): number => PHQ2_IDS.reduce((s, id) => s + Number(one(a, id) ?? 0), 0);
const needsFullPhq9 = (a: Answers): boolean => PHQ2_IDS.every((id) => one(a, id) !== undefined) && phq2Total(a) >= 3;

const PHQ_REST: readonly [string, string, string][] = [
  ['phq3', 'Trouble falling or staying asleep, or sleeping too much', 'Problemas para dormir o dormir demasiado'],
  ['phq4', 'Feeling tired or having little energy', 'Cansancio o poca energía'],
  ['phq5', 'Poor appetite or overeating', 'Poco apetito o comer en exceso'],
  ['phq6', 'Feeling bad about {yourself}, or like a failure', 'Sentirse mal por cómo es, o sentir que es un fracaso'],
  ['phq7', 'Trouble keeping {your} mind on things, like reading or TV', 'Dificultad para concentrarse, como al leer o ver la tele'],
  [
    'phq8',
    'Moving or talking so slowly others notice, or being very restless',
    'Moverse o hablar tan lento que otros lo notan, o sentir tanta inquietud que se mueve mucho más de lo normal',
  ],
  ['phq9', 'Thoughts of being better off dead, or of self-harm', 'Pensar que sería mejor morirse, o pensar en hacerse daño'],
];

const phqQuestion = (id: string, en: string, es: string, showIf: (a: Answers) => boolean): Question => ({
  id,
  kind: 'single',
  showIf,
  text: w(`In the last 2 weeks, how often: ${en}?`, `En las últimas 2 semanas, ¿con qué frecuencia le ha pasado esto a {usted}? ${es}.`),
  options: OFTEN,
});

/** Dimension 2. */
export const healthStep: Step = {
  id: 'health',
  title: w('Physical health', 'La salud física'),
  questions: [
    {
      id: 'physical',
      kind: 'single',
      text: w('How is {your} physical health?', '¿Cómo está la salud física de {usted}?'),
      options: [
        opt('none', 'Good, no health problems', 'Bien, sin problemas de salud'),
        opt('stable', 'A health problem that is under control', 'Un problema de salud que está bajo control'),
        opt(
          'needs-monitoring',
          'A health problem a doctor checks often: heart, liver or lung disease, a blood thinner, or falls',
          'Un problema de salud que un médico revisa seguido: del corazón, del hígado o de los pulmones; toma anticoagulantes; o se cae seguido',
        ),
        opt('unstable', 'A serious health problem that is getting worse', 'Un problema de salud grave que está empeorando'),
      ],
    },
    {
      id: 'pregnant',
      kind: 'single',
      showIf: (a) => one(a, 'who') !== 'he' && Number(one(a, 'age') ?? 30) >= 12 && Number(one(a, 'age') ?? 30) <= 55,
      text: w(
        '{Are|Is} {you} pregnant, or did {you} give birth in the last year?',
        '¿Está {usted} embarazada, o dio a luz en el último año?',
      ),
      options: [
        opt('no', 'No', 'No'),
        opt('yes', 'Pregnant now', 'Embarazada ahora'),
        opt('birth-recent', 'Gave birth in the last 3 months', 'Dio a luz en los últimos 3 meses'),
        opt('birth-earlier', 'Gave birth 3 to 12 months ago', 'Dio a luz hace entre 3 y 12 meses'),
        // "For me" and "for them" say nothing of sex, so a man can meet this question; he says so here.
        opt('not-applicable', 'Does not apply', 'No aplica'),
        UNSURE,
      ],
    },
  ],
};

/** Dimension 3: mood (PHQ), psychosis, and how daily life is going. */
export const mindStep: Step = {
  id: 'mind',
  title: w('Mood and daily life', 'El ánimo y la vida diaria'),
  questions: [
    phqQuestion('phq1', 'Little interest or joy in doing things', 'Poco interés o placer en hacer las cosas', asksAboutMind),
    phqQuestion('phq2', 'Feeling down, sad, or hopeless', 'Sentirse triste, sin ánimo o sin esperanza', asksAboutMind),
    ...PHQ_REST.map(([id, en, es]) => phqQuestion(id, en, es, (a) => asksAboutMind(a) && needsFullPhq9(a))),
    {
      id: 'psychosis',
      kind: 'single',
      text: w(
        'In the past month, {have|has} {you} heard or seen things others do not, or held strong beliefs others say are not true?',
        'En el último mes, ¿ha oído o visto {usted} cosas que otras personas no oyen ni ven, o ha creído con fuerza cosas que otros dicen que no son ciertas?',
      ),
      options: [
        opt('none', 'No', 'No'),
        opt('stable', 'It has happened, but treatment keeps it under control', 'Ha pasado, pero el tratamiento lo tiene bajo control'),
        opt('active', 'Yes, it is happening now', 'Sí, está pasando ahora'),
      ],
    },
    {
      id: 'functioning',
      kind: 'single',
      text: w(
        'How well {are|is} {you} keeping up with daily life: meals, sleep, washing, bills, work?',
        '¿Cómo le va a {usted} con las tareas de cada día: comer, dormir, bañarse, pagar las cuentas, trabajar?',
      ),
      options: [
        opt('adequate', 'Fine', 'Bien'),
        opt('mild-impairment', 'Some trouble', 'Con algo de dificultad'),
        opt('moderate-impairment', 'A lot of trouble', 'Con mucha dificultad'),
        opt('severe-impairment', 'Can barely manage', 'Apenas puede'),
        opt('unable-self-care', 'Cannot take care of basic needs', 'No puede atender sus necesidades básicas'),
      ],
    },
  ],
};
