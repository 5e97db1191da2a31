import type { ReactElement } from 'react';
import { PageHeading } from '../components/page-heading.js';
import { QuestionField } from '../components/question-field.js';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import { visibleQuestions, visibleSteps } from '../questions/question-set.js';
import type { AnswerValue, Answers, Lang } from '../questions/question-types.js';
import { voiceOf } from '../questions/answer-helpers.js';

interface Props {
  readonly t: UiWords;
  readonly lang: Lang;
  readonly answers: Answers;
  readonly stepId: string | null;
  readonly onAnswer: (id: string, v: AnswerValue | undefined) => void;
  readonly onStep: (stepId: string) => void;
  readonly onFinish: () => void;
  readonly onHome: () => void;
}

/** One step of questions at a time, with progress; the step list follows the answers (branching). */
export function CheckPage({ t, lang, answers, stepId, onAnswer, onStep, onFinish, onHome }: Props): ReactElement {
  const steps = visibleSteps(answers);
  const index = Math.max(
    0,
    steps.findIndex((s) => s.id === stepId),
  );
  const step = steps[index] ?? steps[0];
  if (step === undefined) throw new Error('the question set has no steps');
  const last = index === steps.length - 1;
  const voice = voiceOf(answers);
  return (
    <form
      className="check"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const next = steps[index + 1];
        if (next === undefined) onFinish();
        else onStep(next.id);
      }}
    >
      <p className="progress-text" id="progress-label">
        {fill(t.check.step, { n: index + 1, total: steps.length })}
      </p>
      <progress max={steps.length} value={index + 1} aria-labelledby="progress-label" />
      <PageHeading focusKey={step.id}>{step.title[lang]}</PageHeading>
      <p className="hint">{t.check.optional}</p>
      {visibleQuestions(step, answers).map((q) => (
        <QuestionField
          key={q.id}
          q={q}
          value={answers[q.id]}
          lang={lang}
          voice={voice}
          t={t}
          onChange={(v) => {
            onAnswer(q.id, v);
          }}
        />
      ))}
      <div className="actions step-actions">
        <button
          type="button"
          onClick={() => {
            const prev = steps[index - 1];
            if (prev === undefined) onHome();
            else onStep(prev.id);
          }}
        >
          {t.check.back}
        </button>
        <button type="submit" className="primary">
          {last ? t.check.finish : t.check.next}
        </button>
      </div>
      <p className="hint">{t.check.saved}</p>
    </form>
  );
}
