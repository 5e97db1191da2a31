import type { FieldIssue } from '@carelevel/contract';
import { issueErrors, type FieldErrors } from '../api/field-paths.js';
import { INSTRUMENT_BY_KEY, type Recommendation } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { DimensionPanel } from './dimension-reading.js';
import type { Draft } from './draft.js';
import { InstrumentForm } from './instrument-form.js';
import { InterviewFieldInput } from './interview-field.js';
import { INTERVIEW, type InterviewSection } from './interview-fields.js';
import { EPISODES_MARK, instrumentMark, SUBSTANCES_MARK, type AnswerMarks } from './answer-marks.js';
import { PriorEpisodeList, SubstanceList } from './substance-list.js';

export interface InterviewFormProps {
  readonly draft: Draft;
  readonly onChange: (draft: Draft) => void;
  /** DOM id for a case path (`withdrawal.ciwaAr`, `instruments.phq9.3`). */
  readonly idFor: (path: string) => string;
  readonly errorFor: (path: string) => string | undefined;
  readonly recommendation: Recommendation | null;
  readonly stale: boolean;
  /** Answers not given today and not yet confirmed (case paths, lists, instruments), with where they came from. */
  readonly marks?: AnswerMarks;
  /** The clinician confirmed a marked answer (or changed it). */
  readonly onConfirm?: (mark: string) => void;
  /** A line under a field saying where its answer came from (an age worked out from the birth date). */
  readonly notes?: Readonly<Record<string, string>> | undefined;
}

/**
 * Beside an answer not given today: says where it came from (the person's self-assessment, or the last
 * assessment), and confirms it. Changing the answer confirms it too.
 */
export function AnswerMark({
  mark,
  label,
  marks,
  onConfirm,
}: {
  readonly mark: string;
  readonly label: string;
  readonly marks: AnswerMarks | undefined;
  readonly onConfirm: ((mark: string) => void) | undefined;
}): ReactNode {
  const source = marks?.get(mark);
  if (!source) return null;
  const w = words.assessment;
  return (
    <p className="from-person" data-source={source}>
      <span>{source === 'self-assessment' ? w.fromPerson : source === 'health-record' ? w.fromRecord : w.carriedForward}</span>{' '}
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={`${w.confirmAnswer}: ${label}`}
        onClick={() => {
          onConfirm?.(mark);
        }}
      >
        {w.confirmAnswer}
      </button>
    </p>
  );
}

export const sectionHeadingId = (id: string): string => `section-${id}`;

/** Links to each section; they move focus to the section's heading (the hash belongs to the router). */
export function SectionContents(): ReactNode {
  return (
    <nav aria-label={words.assessment.contents} className="contents">
      <h2 className="visually-hidden">{words.assessment.contents}</h2>
      <ul>
        {INTERVIEW.map((s) => (
          <li key={s.id}>
            <a
              href={`#${sectionHeadingId(s.id)}`}
              onClick={(e) => {
                e.preventDefault();
                const h = document.getElementById(sectionHeadingId(s.id));
                h?.focus();
                h?.scrollIntoView({ block: 'start' });
              }}
            >
              {words.assessment.sections[s.id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The structured interview, section by section, each dimension with the engine's live rating beside it. */
export function InterviewForm(p: InterviewFormProps): ReactNode {
  return (
    <>
      {INTERVIEW.map((section) => (
        <Section key={section.id} section={section} {...p} />
      ))}
    </>
  );
}

function Section({
  section,
  draft,
  onChange,
  idFor,
  errorFor,
  recommendation,
  stale,
  marks,
  onConfirm,
  notes,
}: InterviewFormProps & { readonly section: InterviewSection }): ReactNode {
  const set = (path: string) => (value: string) => {
    onConfirm?.(path);
    onChange({ ...draft, values: { ...draft.values, [path]: value } });
  };
  const w = words.assessment;
  const sex = draft.values.sex || undefined;
  return (
    <section className="interview-section" aria-labelledby={sectionHeadingId(section.id)}>
      <h2 id={sectionHeadingId(section.id)} tabIndex={-1}>
        {words.assessment.sections[section.id]}
      </h2>
      <div className={section.dimension ? 'section-grid' : undefined}>
        <div className="section-answers">
          {section.fields.map((field) => (
            <div key={field.path} className={marks?.has(field.path) ? 'from-person-field' : undefined}>
              <InterviewFieldInput
                field={field}
                id={idFor(field.path)}
                value={draft.values[field.path] ?? ''}
                error={errorFor(field.path)}
                note={notes?.[field.path]}
                onChange={set(field.path)}
              />
              <AnswerMark mark={field.path} label={w.fields[field.path] ?? field.path} marks={marks} onConfirm={onConfirm} />
            </div>
          ))}
          {section.lists?.includes('substances') ? (
            <>
              <AnswerMark mark={SUBSTANCES_MARK} label={w.substancesLabel} marks={marks} onConfirm={onConfirm} />
              <SubstanceList
                rows={draft.substances}
                onChange={(substances) => {
                  onConfirm?.(SUBSTANCES_MARK);
                  onChange({ ...draft, substances });
                }}
                idFor={idFor}
                errorFor={errorFor}
              />
            </>
          ) : null}
          {section.lists?.includes('priorEpisodes') ? (
            <>
              <AnswerMark mark={EPISODES_MARK} label={w.episodesLabel} marks={marks} onConfirm={onConfirm} />
              <PriorEpisodeList
                rows={draft.priorEpisodes}
                onChange={(priorEpisodes) => {
                  onConfirm?.(EPISODES_MARK);
                  onChange({ ...draft, priorEpisodes });
                }}
                idFor={idFor}
                errorFor={errorFor}
              />
            </>
          ) : null}
          {section.instruments && section.instruments.length > 0 ? (
            <div className="instruments">
              <h3>{words.assessment.instruments}</h3>
              <p className="field-hint">{words.assessment.itemWordingNote}</p>
              {section.instruments.map((key) => (
                <div key={key}>
                  <AnswerMark mark={instrumentMark(key)} label={INSTRUMENT_BY_KEY[key]?.name ?? key} marks={marks} onConfirm={onConfirm} />
                  <InstrumentForm
                    instrument={key}
                    answers={draft.instruments[key] ?? []}
                    sex={sex}
                    idFor={(i) => idFor(i === undefined ? `instruments.${key}` : `instruments.${key}.${i}`)}
                    errorFor={(i) => errorFor(i === undefined ? `instruments.${key}` : `instruments.${key}.${i}`)}
                    onChange={(answers) => {
                      onConfirm?.(instrumentMark(key));
                      onChange({ ...draft, instruments: { ...draft.instruments, [key]: answers } });
                    }}
                  />
                </div>
              ))}
            </div>
          ) : null}
        </div>
        {section.dimension ? <DimensionPanel recommendation={recommendation} dimension={section.dimension} stale={stale} /> : null}
      </div>
    </section>
  );
}

/** Every case path the form has a field for, so a server error deep inside one lands on it. */
export function interviewFieldNames(draft: Draft): string[] {
  const names: string[] = INTERVIEW.flatMap((s) => s.fields.map((f) => f.path));
  draft.substances.forEach((_, i) =>
    names.push(...['name', 'daysUsedLast30', 'route', 'hoursSinceLastUse', 'disorderSeverity'].map((f) => `substances.${i}.${f}`)),
  );
  draft.priorEpisodes.forEach((_, i) =>
    names.push(`relapsePotential.priorEpisodes.${i}.level`, `relapsePotential.priorEpisodes.${i}.outcome`),
  );
  for (const s of INTERVIEW)
    for (const key of s.instruments ?? []) {
      names.push(`instruments.${key}`);
      (draft.instruments[key] ?? []).forEach((_, i) => names.push(`instruments.${key}.${i}`));
    }
  return names;
}

/** The engine's live field errors (paths from the case), by the same dotted names the form uses. */
export const liveErrors = (issues: readonly FieldIssue[]): FieldErrors => issueErrors(issues, '');
