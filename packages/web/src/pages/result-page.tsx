import { LOCALE_MESSAGES } from '@carelevel/engine';
import type { ReactElement } from 'react';
import { crisisCalls } from '../components/crisis-calls.js';
import { PageHeading } from '../components/page-heading.js';
import { TextList } from '../components/text-list.js';
import type { UiWords } from '../i18n/ui-en.js';
import { one, usesSomething, voiceOf } from '../questions/answer-helpers.js';
import { fillVoice } from '../questions/voice.js';
import type { Answers, Lang } from '../questions/question-types.js';
import { CompareLevels } from '../result/compare-levels.js';
import { typicalBilledDays } from '../result/cost-estimate.js';
import { CostEstimator } from '../result/cost-estimator.js';
import { LevelFacts } from '../result/level-facts.js';
import { preferredLevel } from '../result/preferred-level.js';
import { answerSentence } from '../result/for-the-person.js';
import { reasonsToShow, useRecommendation } from '../result/use-recommendation.js';

interface Props {
  readonly t: UiWords;
  readonly lang: Lang;
  readonly answers: Answers;
  readonly go: (to: '/check' | '/programs' | '/summary') => void;
}

/** Where a person can go from the result, the first one leading. */
const NEXT = [
  ['/programs', 'find'],
  ['/summary', 'print'],
  ['/check', 'edit'],
] as const;

/** The answer, its reasons, what it involves and costs, and where to go next. */
export default function ResultPage({ t, lang, answers, go }: Props): ReactElement {
  const rec = useRecommendation(answers, lang);
  const r = t.result;
  const title = one(answers, 'who') === 'self' || answers['who'] === undefined ? r.title : r.titleOther;
  if (rec === null)
    return (
      <>
        <PageHeading focusKey="result-none">{title}</PageHeading>
        <p>{r.none}</p>
      </>
    );
  const words = LOCALE_MESSAGES[lang];
  const adolescent = one(answers, 'age') !== undefined && Number(one(answers, 'age')) < 18;
  const preferred = preferredLevel(one(answers, 'preference'), rec.level);
  return (
    <>
      <PageHeading focusKey="result">{title}</PageHeading>
      {rec.crisis !== null ? (
        <section className="crisis" aria-labelledby="crisis-first">
          <h2 id="crisis-first">{r.crisisFirst}</h2>
          <p className="crisis-message">{rec.crisis.message}</p>
          <p className="call-row">
            {crisisCalls(rec.crises ?? [rec.crisis.kind], false).map(({ href, key }) => (
              <a key={href} className="call" href={href} data-call={href}>
                {t.crisis[key]}
              </a>
            ))}
          </p>
        </section>
      ) : null}
      {rec.urgent ? (
        <section className="urgent" aria-labelledby="urgent-first" data-urgent={rec.urgent.kind}>
          <h2 id="urgent-first">{r.urgentFirst}</h2>
          <p>{rec.urgent.message}</p>
          <p className="call-row">
            <a className="call" href="tel:988">
              {t.crisis.call988}
            </a>
            <a className="call" href="sms:988">
              {t.crisis.text988}
            </a>
          </p>
        </section>
      ) : null}
      <p className="answer" data-level={rec.level}>
        {answerSentence(t, lang, rec, usesSomething(answers))}
      </p>
      <p className="notice">{rec.notice}</p>

      <h2>{r.why}</h2>
      {reasonsToShow(rec).map((d) => (
        <section key={d.dimension} className="reason" aria-labelledby={`dim-${d.dimension}`}>
          <h3 id={`dim-${d.dimension}`}>{d.name}</h3>
          <TextList items={d.reasons} />
        </section>
      ))}

      <TextList title={r.change} level={2} items={rec.whatWouldChange} />

      {rec.supports && rec.supports.length > 0 ? (
        <section aria-labelledby="supports" className="supports">
          <h2 id="supports">{r.supportsTitle}</h2>
          <p>{r.supportsLead}</p>
          <ul>
            {rec.supports.map((s) => (
              <li key={s.code} data-support={s.code}>
                {s.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>
        {r.involves}: {words.levels[rec.level]}
      </h2>
      <LevelFacts level={rec.level} adolescent={adolescent} t={t} />

      {rec.offerMedication.length > 0 ? (
        <>
          <h2>{r.medication}</h2>
          <p>{r.medicationLead}</p>
          <TextList items={rec.offerMedication.map((m) => words.medication[m])} />
        </>
      ) : null}

      {preferred !== null ? (
        <CompareLevels recommended={rec.level} preferred={preferred} adolescent={adolescent} lang={lang} t={t} />
      ) : null}

      <h2>{r.cost}</h2>
      <p>{t.costGuide.lead}</p>
      <CostEstimator t={t} lang={lang} days={typicalBilledDays(rec.level)} />

      <TextList title={r.questions} level={2} items={t.askProgram.map((q) => fillVoice(q, voiceOf(answers), lang))} />

      {rec.assumptions.length > 0 ? (
        <details>
          <summary>{r.assumed}</summary>
          <TextList items={rec.assumptions} />
        </details>
      ) : null}

      <div className="actions">
        {NEXT.map(([to, key], i) => (
          <button
            key={to}
            type="button"
            className={i === 0 ? 'primary' : undefined}
            onClick={() => {
              go(to);
            }}
          >
            {r[key]}
          </button>
        ))}
      </div>
    </>
  );
}
