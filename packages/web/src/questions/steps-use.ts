import { asksAboutUse, usesAny, usesSomething, WITHDRAWAL_SUBSTANCES } from './answer-helpers.js';
import type { Step } from './question-types.js';
import { CHOOSE_ALL, opt, w, YES_NO_UNSURE } from './words.js';

const FREQUENCY = [
  opt('0', 'Never', 'Nunca'),
  opt('1', 'Once a month or less', 'Una vez al mes o menos'),
  opt('2', '2 to 4 times a month', 'De 2 a 4 veces al mes'),
  opt('3', '2 to 3 times a week', 'De 2 a 3 veces por semana'),
  opt('4', '4 or more times a week', '4 o más veces por semana'),
];

/** Dimension 1 (use and withdrawal) and the use history that dimension 5 also reads. */
export const useStep: Step = {
  id: 'use',
  title: w('Drinking and drug use', 'El alcohol y las drogas'),
  questions: [
    {
      id: 'substances',
      kind: 'multi',
      showIf: asksAboutUse,
      text: w('What {do|does} {you} drink or use?', '¿Qué consume {usted}?'),
      hint: CHOOSE_ALL,
      options: [
        opt('alcohol', 'Alcohol', 'Alcohol'),
        opt(
          'opioids',
          'Opioids: heroin, fentanyl, or pain pills not as prescribed',
          'Opioides: heroína, fentanilo o pastillas para el dolor que no toma como se las recetaron',
        ),
        opt('benzodiazepines', 'Pills for sleep or nerves, like Xanax', 'Pastillas para dormir o para los nervios, como Xanax'),
        opt('stimulants', 'Meth or cocaine', 'Metanfetamina (cristal) o cocaína'),
        opt('cannabis', 'Marijuana (weed)', 'Marihuana'),
        opt('other', 'Something else', 'Otra cosa'),
        opt('none', 'None of these', 'Nada de esto', true),
      ],
    },
    {
      id: 'pillsPrescribed',
      kind: 'single',
      showIf: (a) => usesAny(a, ['benzodiazepines']),
      text: w(
        'Are the pills for sleep or nerves prescribed to {you-obj}, and taken the way the doctor said?',
        '¿Un médico le recetó a {usted} esas pastillas para dormir o para los nervios, y las toma como se las recetaron?',
      ),
      options: YES_NO_UNSURE,
    },
    {
      id: 'daysUsed',
      kind: 'single',
      showIf: usesSomething,
      text: w('In the last 30 days, how often did {you} drink or use?', 'En los últimos 30 días, ¿cuántos días consumió {usted}?'),
      options: [
        opt('0', 'Not at all', 'Ningún día'),
        opt('4', '1 to 5 days', 'De 1 a 5 días'),
        opt('10', 'About 2 days a week', 'Unos 2 días por semana'),
        opt('18', 'About half the days', 'Más o menos la mitad de los días'),
        opt('25', 'Most days', 'Casi todos los días'),
        opt('30', 'Every day', 'Todos los días'),
      ],
    },
    {
      id: 'lastUse',
      kind: 'single',
      showIf: usesSomething,
      text: w('When did {you} last drink or use?', '¿Cuándo fue la última vez que {usted} consumió?'),
      options: [
        opt('6', 'Today', 'Hoy'),
        opt('20', 'Yesterday', 'Ayer'),
        opt('60', '2 or 3 days ago', 'Hace 2 o 3 días'),
        opt('130', '4 to 7 days ago', 'Hace entre 4 y 7 días'),
        opt('400', '1 to 4 weeks ago', 'Hace entre 1 y 4 semanas'),
        opt('900', 'More than a month ago', 'Hace más de un mes'),
      ],
    },
    {
      id: 'problems',
      kind: 'multi',
      showIf: usesSomething,
      text: w('In the past year, which of these happened?', 'En el último año, ¿cuáles de estas cosas le pasaron a {usted}?'),
      hint: w(
        'Choose all that apply. This shows how strong the problem is.',
        'Puede elegir más de una respuesta. Así sabemos qué tan serio es el problema.',
      ),
      options: [
        opt('more', 'Used more, or for longer, than planned', 'Consumió más, o por más tiempo, de lo que pensaba'),
        opt('cutDown', 'Wanted to cut down but could not', 'Quiso consumir menos y no pudo'),
        opt(
          'time',
          'Spent a lot of time getting, using, or getting over it',
          'Pasó mucho tiempo consiguiendo alcohol o drogas, consumiendo o recuperándose',
        ),
        opt('craving', 'Had strong urges to use', 'Sintió fuertes ganas de consumir'),
        opt('duties', 'Missed work, school, or home duties', 'Faltó al trabajo o a la escuela, o dejó de hacer las tareas de la casa'),
        opt(
          'fights',
          'Kept using despite fights with family or friends',
          'Siguió consumiendo aunque le causaba peleas con la familia o los amigos',
        ),
        opt('gaveUp', 'Gave up things once enjoyed', 'Dejó de hacer cosas que antes disfrutaba'),
        opt('danger', 'Used in risky places, like while driving', 'Consumió en situaciones peligrosas, como al manejar'),
        opt(
          'harm',
          'Kept using despite health or mood problems from it',
          'Siguió consumiendo aunque le causaba problemas de salud o de ánimo',
        ),
        opt('tolerance', 'Needed more to feel the same effect', 'Necesitó más para sentir el mismo efecto'),
        opt(
          'withdrawal',
          'Felt sick when stopping, or used to stop feeling sick',
          'Se sintió mal al dejar de consumir, o consumió para no sentirse mal',
        ),
        opt('none', 'None of these', 'Nada de esto', true),
      ],
    },
    {
      id: 'auditFrequency',
      kind: 'single',
      showIf: (a) => usesAny(a, ['alcohol']),
      text: w('How often {do|does} {you} have a drink with alcohol?', '¿Con qué frecuencia toma {usted} bebidas con alcohol?'),
      options: FREQUENCY,
    },
    {
      id: 'auditQuantity',
      kind: 'single',
      showIf: (a) => usesAny(a, ['alcohol']),
      text: w(
        'On a day {you} drink{s}, how many drinks {do|does} {you} have?',
        'Un día en que {usted} toma alcohol, ¿cuántas bebidas toma?',
      ),
      hint: w('One drink is one beer, one glass of wine, or one shot.', 'Una bebida es una cerveza, una copa de vino o un trago de licor.'),
      options: [
        opt('0', '1 or 2', '1 o 2'),
        opt('1', '3 or 4', '3 o 4'),
        opt('2', '5 or 6', '5 o 6'),
        opt('3', '7 to 9', 'De 7 a 9'),
        opt('4', '10 or more', '10 o más'),
      ],
    },
    {
      id: 'auditBinge',
      kind: 'single',
      showIf: (a) => usesAny(a, ['alcohol']),
      text: w(
        'How often {do|does} {you} have 6 or more drinks at one time?',
        '¿Con qué frecuencia toma {usted} 6 o más bebidas en una sola ocasión?',
      ),
      options: [
        opt('0', 'Never', 'Nunca'),
        opt('1', 'Less than once a month', 'Menos de una vez al mes'),
        opt('2', 'Once a month', 'Una vez al mes'),
        opt('3', 'Once a week', 'Una vez por semana'),
        opt('4', 'Every day or almost', 'Todos los días o casi todos'),
      ],
    },
    {
      id: 'withdrawalNow',
      kind: 'single',
      showIf: (a) => usesAny(a, WITHDRAWAL_SUBSTANCES),
      text: w(
        'When {you} cut{s} down or stop{s}, how {do|does} {you} feel?',
        'Cuando {usted} consume menos o deja de consumir, ¿cómo se siente?',
      ),
      options: [
        opt('none', 'Fine, no problems', 'Bien, sin problemas'),
        opt('mild', 'A bit shaky, sweaty, or restless; poor sleep', 'Algo de temblor, sudor o inquietud; duerme mal'),
        opt(
          'moderate',
          'Strong shakes, throwing up, racing heart, or very anxious',
          'Temblores fuertes, vómitos, el corazón acelerado o mucha ansiedad',
        ),
        opt('severe', 'Confused, seeing things, or a seizure', 'Confusión, ver cosas que no están ahí, o una convulsión'),
      ],
    },
    {
      id: 'seizureHistory',
      kind: 'single',
      showIf: (a) => usesAny(a, ['alcohol', 'benzodiazepines']),
      text: w(
        '{Have|Has} {you} ever had a seizure or bad confusion (DTs) when stopping?',
        '¿Alguna vez ha tenido {usted} una convulsión o mucha confusión (delirium tremens) al dejar el alcohol o las pastillas?',
      ),
      options: [
        opt('seizure', 'Yes, a seizure', 'Sí, una convulsión'),
        opt('delirium', 'Yes, bad confusion', 'Sí, mucha confusión'),
        opt('no', 'No', 'No'),
      ],
    },
    {
      id: 'monitoring',
      kind: 'single',
      showIf: (a) => usesAny(a, WITHDRAWAL_SUBSTANCES),
      text: w(
        'If {you} stop{s}, could an adult stay with {you-obj} for a few days to check on {you-obj}?',
        'Si {usted} deja de consumir, ¿podría un adulto quedarse con {usted} unos días para ver cómo sigue?',
      ),
      options: YES_NO_UNSURE,
    },
    {
      id: 'overdose',
      kind: 'single',
      // Overdose is mostly a risk of opioids, pills and stimulants (and of what else is mixed in).
      showIf: (a) => usesAny(a, ['opioids', 'benzodiazepines', 'stimulants', 'other']),
      text: w('In the past year, {have|has} {you} overdosed?', 'En el último año, ¿ha tenido {usted} una sobredosis?'),
      options: YES_NO_UNSURE,
    },
  ],
};
