import { many } from './answer-helpers.js';
import type { Step } from './question-types.js';
import { CHOOSE_ALL, NO, opt, w, YES } from './words.js';

/** Practical factors: they shape the plan and the program match, never the level (docs/rules.md). */
export const practicalStep: Step = {
  id: 'practical',
  title: w('Fitting care into life', 'El tratamiento y la rutina diaria'),
  questions: [
    {
      id: 'obligations',
      kind: 'multi',
      text: w('What does {your} week hold?', '¿Qué compromisos tiene {usted} durante la semana?'),
      hint: CHOOSE_ALL,
      options: [
        opt('work-full-time', 'A full-time job', 'Trabajo de tiempo completo'),
        opt('work-part-time', 'A part-time job', 'Trabajo de medio tiempo'),
        opt('school', 'School', 'Escuela o estudios'),
        opt('caregiving', 'Caring for children or others', 'Cuidar a niños u otras personas'),
        opt('none', 'None of these', 'Nada de esto', true),
      ],
    },
    {
      id: 'canPause',
      kind: 'single',
      showIf: (a) => many(a, 'obligations').some((o) => o !== 'none'),
      text: w(
        'Could {you} take a few weeks off from these if needed?',
        '¿Podría {usted} dejar estos compromisos por unas semanas, si hace falta?',
      ),
      options: [YES, NO],
    },
    {
      id: 'coverage',
      kind: 'single',
      text: w('How would {you} pay for care?', '¿Cómo pagaría {usted} el tratamiento?'),
      options: [
        opt('private', 'Insurance from a job or bought on {your} own', 'Seguro del trabajo o comprado por cuenta propia'),
        opt('medicaid', 'Medicaid', 'Medicaid'),
        opt('medicare', 'Medicare', 'Medicare'),
        opt('military', 'TRICARE (military)', 'TRICARE (militar)'),
        opt('va', 'VA health care', 'Atención médica del VA'),
        opt('none', 'No insurance', 'Sin seguro'),
        opt('unknown', 'Not sure', 'No sé'),
      ],
    },
    {
      id: 'preference',
      kind: 'single',
      text: w('What kind of care would {you} like?', '¿Qué tipo de tratamiento preferiría {usted}?'),
      options: [
        opt('outpatient', 'Live at home and go to treatment', 'Vivir en casa e ir al tratamiento'),
        opt('residential', 'Stay at a treatment center for a while', 'Quedarse un tiempo en un centro de tratamiento'),
        opt('no-preference', 'No preference', 'Cualquiera de los dos'),
      ],
    },
    {
      id: 'schedule',
      kind: 'multi',
      text: w('When could {you} go to treatment?', '¿Cuándo podría {usted} ir al tratamiento?'),
      hint: CHOOSE_ALL,
      options: [
        opt('morning', 'Mornings', 'Por la mañana'),
        opt('afternoon', 'Afternoons', 'Por la tarde'),
        opt('evening', 'Evenings', 'Por la noche'),
        opt('weekend', 'Weekends', 'Los fines de semana'),
      ],
    },
    {
      id: 'language',
      kind: 'single',
      text: w('In what language should care be?', '¿En qué idioma prefiere {usted} recibir el tratamiento?'),
      options: [opt('en', 'English', 'Inglés'), opt('es', 'Spanish', 'Español')],
    },
    {
      id: 'zip',
      kind: 'zip',
      text: w('What is {your} ZIP code?', '¿En qué código postal (ZIP) vive {usted}?'),
      hint: w('5 digits. Used only if you search for programs.', '5 dígitos. Solo se usa si busca programas.'),
    },
  ],
};
