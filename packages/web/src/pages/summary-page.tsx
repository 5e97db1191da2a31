import { LOCALE_MESSAGES, localDate } from '@carelevel/engine';
import { localToday } from '../local-date.js';
import type { ReactElement } from 'react';
import { buildCase } from '../assessment/build-case.js';
import type { ChosenProgram } from '../assessment/saved-state.js';
import { AnswerCodeView } from '../components/answer-code-view.js';
import { PageHeading } from '../components/page-heading.js';
import { TextList } from '../components/text-list.js';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import { visibleQuestions, visibleSteps } from '../questions/question-set.js';
import type { Answers, ChoiceQuestion, Lang, Question, Voice } from '../questions/question-types.js';
import { fillVoice } from '../questions/voice.js';
import { usesSomething, voiceOf } from '../questions/answer-helpers.js';
import { answerSentence } from '../result/for-the-person.js';
import { reasonsToShow, useRecommendation } from '../result/use-recommendation.js';

interface Props {
  readonly t: UiWords;
  readonly lang: Lang;
  readonly answers: Answers;
  readonly chosen: readonly ChosenProgram[];
  readonly onBack: () => void;
}

function answerText(q: Question, answers: Answers, lang: Lang, voice: Voice): string | null {
  const v = answers[q.id];
  if (v === undefined) return null;
  if (q.kind === 'age' || q.kind === 'zip') return typeof v === 'string' ? v : null;
  const ids = typeof v === 'string' ? [v] : v;
  const { options } = q as ChoiceQuestion;
  return ids.map((id) => fillVoice(options.find((o) => o.id === id)?.label[lang] ?? id, voice, lang)).join('; ');
}

/**
 * Share by hand, not by network: the case document (`carelevel-case/1`) as a file on this device,
 * which a counselor can open with `carelevel assess FILE` or the staff workspace.
 */
function saveCaseFile(answers: Answers): void {
  const blob = new Blob([`${JSON.stringify(buildCase(answers), null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'carelevel-case.json';
  a.click();
  URL.revokeObjectURL(a.href);
}

/** A page to print or save as PDF (the browser's print menu) for an intake call or a doctor. */
export default function SummaryPage({ t, lang, answers, chosen, onBack }: Props): ReactElement {
  const s = t.summary;
  const rec = useRecommendation(answers, lang);
  const voice = voiceOf(answers);
  const words = LOCALE_MESSAGES[lang];
  const date = localDate(localToday(), words.dateLocale);
  return (
    <article className="summary">
      <PageHeading focusKey="summary">{s.title}</PageHeading>
      <p className="no-print">{s.lead}</p>
      <p>{fill(s.date, { date })}</p>
      <div className="actions no-print">
        <button
          type="button"
          className="primary"
          onClick={() => {
            window.print();
          }}
        >
          {s.print}
        </button>
        <button
          type="button"
          onClick={() => {
            saveCaseFile(answers);
          }}
        >
          {s.saveCase}
        </button>
        <button type="button" onClick={onBack}>
          {s.back}
        </button>
      </div>
      <p className="hint no-print">{s.saveCaseHint}</p>
      {rec !== null ? (
        <>
          <h2>{s.result}</h2>
          <p className="answer">{answerSentence(t, lang, rec, usesSomething(answers))}</p>
          {rec.crisis !== null ? <p className="crisis-message">{rec.crisis.message}</p> : null}
          {rec.urgent ? <p className="crisis-message">{rec.urgent.message}</p> : null}
          <h2>{s.reasons}</h2>
          <TextList items={reasonsToShow(rec).flatMap((d) => d.reasons.map((r) => `${d.name}: ${r}`))} />
          {rec.supports && rec.supports.length > 0 ? (
            <TextList title={t.result.supportsTitle} level={2} items={rec.supports.map((x) => x.message)} />
          ) : null}
          <p className="notice">{rec.notice}</p>
        </>
      ) : null}
      {/* A heading over "none chosen yet" would promise a list that is not there. */}
      {chosen.length === 0 ? (
        <p>{s.noPrograms}</p>
      ) : (
        <TextList title={s.programs} level={2} items={chosen.map((c) => [c.name, c.address, c.phone].filter(Boolean).join(', '))} />
      )}
      <AnswerCodeView t={t} answers={answers} />
      <h2>{s.answers}</h2>
      <dl className="answers">
        {visibleSteps(answers).flatMap((step) =>
          visibleQuestions(step, answers).flatMap((q) => {
            const a = answerText(q, answers, lang, voice);
            return a === null
              ? []
              : [
                  <div key={q.id}>
                    <dt>{fillVoice(q.text[lang], voice, lang)}</dt>
                    <dd>{a}</dd>
                  </div>,
                ];
          }),
        )}
      </dl>
    </article>
  );
}
