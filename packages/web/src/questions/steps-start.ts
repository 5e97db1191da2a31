import type { Step } from './question-types.js';
import { CHOOSE_ALL, NO, opt, w, YES, YES_NO_UNSURE } from './words.js';

/** Who the answers are about: sets the voice ("Do you…" / "Does he…") and the age group. */
export const aboutStep: Step = {
  id: 'about',
  title: w('Who is this for?', '¿Para quién es?'),
  questions: [
    {
      id: 'who',
      kind: 'single',
      text: w('Who are you answering for?', '¿Para quién responde?'),
      options: [
        opt('self', 'For me', 'Para mí'),
        opt('he', 'For someone else: he', 'Para otra persona: él'),
        opt('she', 'For someone else: she', 'Para otra persona: ella'),
        opt('they', 'For someone else: they', 'Para otra persona (sin decir si es él o ella)'),
      ],
    },
    {
      id: 'age',
      kind: 'age',
      text: w('How old {are|is} {you}?', '¿Qué edad tiene {usted}?'),
      hint: w('In years, like 34.', 'En años, por ejemplo 34.'),
    },
    {
      id: 'concern',
      kind: 'single',
      text: w('What worries you most?', '¿Qué le preocupa más?'),
      options: [
        opt('substance-use', 'Drinking or drug use', 'El alcohol o las drogas'),
        opt('mental-health', 'Mood, worry, or other mental health', 'El ánimo, la ansiedad u otro problema de salud mental'),
        opt('co-occurring', 'Both', 'Las dos cosas'),
      ],
    },
  ],
};

/**
 * Safety comes first: these answers can open the crisis screen at once, before any
 * other question.
 */
export const safetyStep: Step = {
  id: 'safety',
  title: w('Safety right now', 'Primero, la seguridad'),
  questions: [
    {
      id: 'suicide',
      kind: 'single',
      text: w(
        'In the past month, {have|has} {you} thought about killing {yourself}?',
        'En el último mes, ¿ha pensado {usted} en quitarse la vida?',
      ),
      options: [
        opt('none', 'No', 'No'),
        opt('past', 'Not this month, but in the past', 'Este mes no, pero sí antes'),
        opt('thoughts', 'Yes, but with no plan to act', 'Sí, pero sin un plan para hacerlo'),
        opt('plan', 'Yes, with a plan or intent to act', 'Sí, con un plan o la intención de hacerlo'),
      ],
    },
    {
      id: 'attempt',
      kind: 'single',
      showIf: (a) => a['suicide'] !== undefined && a['suicide'] !== 'none',
      text: w(
        'In the last 3 months, {have|has} {you} tried to end {your} life?',
        'En los últimos 3 meses, ¿ha intentado {usted} quitarse la vida?',
      ),
      options: [YES, NO],
    },
    {
      id: 'lethalMeans',
      kind: 'single',
      showIf: (a) => a['suicide'] !== undefined && a['suicide'] !== 'none',
      text: w(
        'Is there a gun, or a large supply of pills, where {you} live{s}?',
        '¿Hay un arma de fuego, o muchas pastillas guardadas, donde vive {usted}?',
      ),
      options: YES_NO_UNSURE,
    },
    {
      id: 'harmOthers',
      kind: 'single',
      text: w('{Are|Is} {you} at risk of hurting someone else?', '¿Hay riesgo de que {usted} le haga daño a alguien más?'),
      options: [NO, opt('worried', 'Sometimes we worry about it', 'A veces nos preocupa'), opt('now', 'Yes, right now', 'Sí, ahora mismo')],
    },
    {
      id: 'dangerNow',
      kind: 'multi',
      text: w('Is any of this happening right now?', '¿Le está pasando algo de esto a {usted} ahora mismo?'),
      hint: CHOOSE_ALL,
      options: [
        opt('overdose', 'Very slow breathing, blue lips, or cannot wake up', 'Respira muy lento, tiene los labios azules o no despierta'),
        opt('medical', 'Chest pain, a seizure, or another medical emergency', 'Dolor de pecho, una convulsión u otra emergencia médica'),
        opt(
          'severeWithdrawal',
          'Bad shakes with confusion, or seeing things, after stopping alcohol or pills',
          'Temblores fuertes con confusión, o ver cosas que no están ahí, después de dejar el alcohol o las pastillas',
        ),
        opt('none', 'None of these', 'Nada de esto', true),
      ],
    },
  ],
};
