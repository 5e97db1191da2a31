import { LEVEL_CODES, LOCALE_MESSAGES, type LevelCode } from '@carelevel/engine';
import { DIRECTORY_LOCALES } from '@carelevel/directory/words';
import { useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import type { ChosenProgram } from '../assessment/saved-state.js';
import { PageHeading } from '../components/page-heading.js';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import { one } from '../questions/answer-helpers.js';
import type { Answers, Lang } from '../questions/question-types.js';
import { defaultFilters, defaultScope, type ProgramScope } from '../programs/default-filters.js';
import { DistanceView } from '../programs/distance-view.js';
import { EmptyResult } from '../programs/empty-result.js';
import { FILTER_OPTIONS } from '../programs/filter-options.js';
import { ProgramCard } from '../programs/program-card.js';
import { FILTER_GROUPS, SearchFailed, searchPrograms, type FilterGroup, type ProgramQuery } from '../programs/program-search.js';
import { scopeMisfit } from '../programs/scope-misfit.js';
import { statusText, type State } from '../programs/status-text.js';
import { useRecommendation } from '../result/use-recommendation.js';

interface Props {
  readonly t: UiWords;
  readonly lang: Lang;
  readonly answers: Answers;
  readonly chosen: readonly ChosenProgram[];
  readonly onChoose: (p: ChosenProgram, on: boolean) => void;
  readonly go: (to: '/result' | '/summary') => void;
}

/** The largest distance offered; the directory may know a farther program, which is said, not offered. */
const MAX_RADIUS = 100;
const RADII = [10, 25, 50, MAX_RADIUS] as const;
const SCOPES: readonly ProgramScope[] = ['substance-use', 'mental-health', 'co-occurring'];
/** Listings the server sends a page (its default). */
const PAGE = 20;
type Filters = ProgramQuery['filters'];

/** Programs near a ZIP for a level. Only the ZIP, level, radius, scope and filters are sent. */
export default function ProgramsPage({ t, lang, answers, chosen, onChoose, go }: Props): ReactElement {
  const p = t.programs;
  const rec = useRecommendation(answers, lang);
  const [zip, setZip] = useState(one(answers, 'zip') ?? '');
  const [level, setLevel] = useState<LevelCode>(rec?.level ?? 'outpatient');
  const [radius, setRadius] = useState<number>(25);
  const [filters, setFilters] = useState<Filters>(() => defaultFilters(answers, rec?.level ?? 'outpatient'));
  const [scope, setScope] = useState<ProgramScope | null>(() => defaultScope(answers));
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [zipError, setZipError] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const words = DIRECTORY_LOCALES[lang];
  const levelNames = LOCALE_MESSAGES[lang].levels;
  const valueName = (g: FilterGroup, v: string): string => (g === 'languages' ? (words.languageNames[v] ?? v) : (words.values[v] ?? v));

  const chosenNames = [
    ...(scope ? [`${p.scope}: ${p.scopeNames[scope]}`] : []),
    ...FILTER_GROUPS.flatMap((g) => (filters[g] ?? []).map((v) => valueName(g, v))),
  ];

  const toggle = (g: FilterGroup, v: string, on: boolean): void => {
    setFilters((f) => {
      const cur = f[g] ?? [];
      return { ...f, [g]: on ? [...cur, v] : cur.filter((x) => x !== v) };
    });
  };

  const search = async (r: number = radius, f: Filters = filters): Promise<void> => {
    if (!/^\d{5}$/.test(zip)) {
      setZipError(true);
      return;
    }
    setZipError(false);
    setState({ kind: 'busy' });
    try {
      const res = await searchPrograms({ zip, level, radiusMiles: r, filters: f, scope });
      setState({ kind: 'done', res, radius: r });
    } catch (err) {
      setState({ kind: 'error', badZip: err instanceof SearchFailed && err.status === 400 });
    }
    statusRef.current?.focus();
  };

  // The next page of the same search, added below; focus goes to the first new listing.
  const firstNewRef = useRef<HTMLHeadingElement>(null);
  const [firstNew, setFirstNew] = useState<number | null>(null);
  const [moreBusy, setMoreBusy] = useState(false);
  const showMore = async (): Promise<void> => {
    if (state.kind !== 'done') return;
    const shown = state.res.results.length;
    setMoreBusy(true);
    try {
      const more = await searchPrograms({ zip, level, radiusMiles: state.radius, filters, scope, offset: shown });
      setState({ ...state, res: { ...state.res, results: [...state.res.results, ...more.results] } });
      setFirstNew(shown);
    } catch (err) {
      setState({ kind: 'error', badZip: err instanceof SearchFailed && err.status === 400 });
    } finally {
      setMoreBusy(false);
    }
  };
  // At once (a layout effect), so a Tab pressed right after cannot land before focus moves.
  useLayoutEffect(() => {
    if (firstNew !== null) firstNewRef.current?.focus();
  }, [firstNew]);

  // A program for another worry (possible only when the person widened "Treats" to any kind) is set apart and cannot be added.
  const results = state.kind === 'done' ? state.res.results : [];
  const otherKind = (scopeOf: string | undefined): string | null => scopeMisfit(one(answers, 'concern'), scopeOf, p);
  const fitting = results.map((r, i) => ({ r, i })).filter(({ r }) => otherKind(r.scope) === null);
  const apart = results.filter((r) => otherKind(r.scope) !== null);

  const wayBack = (
    <div className="actions">
      {(
        [
          ['/result', p.backToResult],
          ['/summary', p.toSummary],
        ] as const
      ).map(([to, label]) => (
        <button
          key={to}
          type="button"
          onClick={() => {
            go(to);
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );

  return (
    <>
      <PageHeading focusKey="programs">{p.title}</PageHeading>
      <p>{p.lead}</p>
      <form
        className="program-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <div className="field">
          <label htmlFor="program-zip">{p.zip}</label>
          <input
            id="program-zip"
            type="text"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            size={6}
            value={zip}
            aria-invalid={zipError}
            aria-describedby={zipError ? 'program-zip-error' : undefined}
            onChange={(e) => {
              setZip(e.currentTarget.value.replace(/\D/g, ''));
            }}
          />
          {zipError ? (
            <p className="error" id="program-zip-error">
              {p.zipNeeded}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="program-level">{p.level}</label>
          <select
            id="program-level"
            value={level}
            onChange={(e) => {
              setLevel(e.currentTarget.value as LevelCode);
            }}
          >
            {LEVEL_CODES.map((l) => (
              <option key={l} value={l}>
                {levelNames[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="program-scope">{p.scope}</label>
          <select
            id="program-scope"
            value={scope ?? 'any'}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setScope(SCOPES.find((s) => s === v) ?? null);
            }}
          >
            <option value="any">{p.scopeAny}</option>
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {p.scopeNames[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="program-radius">{p.radius}</label>
          <select
            id="program-radius"
            value={radius}
            onChange={(e) => {
              setRadius(Number(e.currentTarget.value));
            }}
          >
            {RADII.map((r) => (
              <option key={r} value={r}>
                {fill(p.miles, { n: r })}
              </option>
            ))}
          </select>
        </div>
        {/* Closed by default: open, its ~50 boxes pushed Search four screens down on a phone. The
            chosen must-haves are still shown before anything is sent, in the line below. */}
        <details className="filters">
          <summary>{p.filters}</summary>

          {FILTER_GROUPS.map((g) => (
            <fieldset key={g} className="filter-group">
              <legend>{p[g === 'scheduleTracks' ? 'tracks' : g]}</legend>
              <div className="options compact">
                {FILTER_OPTIONS[g].map((v) => (
                  <label key={v} className="option">
                    <input
                      type="checkbox"
                      name={g}
                      value={v}
                      checked={(filters[g] ?? []).includes(v)}
                      onChange={(e) => {
                        toggle(g, v, e.currentTarget.checked);
                      }}
                    />
                    <span>{valueName(g, v)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </details>
        <p className="hint" id="chosen-filters">
          {chosenNames.length > 0 ? fill(p.chosenFilters, { list: chosenNames.join(', ') }) : p.noFilters}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={state.kind === 'busy'}>
            {state.kind === 'busy' ? p.searching : p.search}
          </button>
        </div>
      </form>

      <p role="status" ref={statusRef} tabIndex={-1} className="status">
        {statusText(state, p)}
      </p>

      {state.kind === 'done' && results.length === 0 ? (
        <EmptyResult
          t={t}
          words={words}
          suggestions={state.res.suggestions}
          radius={state.radius}
          maxRadius={MAX_RADIUS}
          dropFilter={(g) => {
            const without = { ...filters, [g]: [] };
            setFilters(without);
            void search(radius, without);
          }}
          widen={(miles) => {
            setRadius(miles);
            void search(miles);
          }}
        />
      ) : null}

      {fitting.length > 0 ? (
        <ol className="program-list">
          {fitting.map(({ r, i }) => (
            <ProgramCard
              key={r.id}
              t={t}
              lang={lang}
              words={words}
              r={r}
              otherKind={null}
              picked={chosen.some((c) => c.id === r.id)}
              onChoose={onChoose}
              headingRef={i === firstNew ? firstNewRef : undefined}
            />
          ))}
        </ol>
      ) : null}
      {state.kind === 'done' && state.res.total > results.length && results.length > 0 ? (
        <p>
          <button type="button" disabled={moreBusy} onClick={() => void showMore()}>
            {fill(p.showMore, { n: Math.min(PAGE, state.res.total - results.length) })}
          </button>
        </p>
      ) : null}
      {apart.length > 0 ? (
        <section className="other-kind" aria-labelledby="other-kind">
          <h2 id="other-kind">{p.otherKind}</h2>
          <p>{p.otherKindLead}</p>
          <ul className="program-list">
            {apart.map((r) => (
              <ProgramCard
                key={r.id}
                t={t}
                lang={lang}
                words={words}
                r={r}
                otherKind={otherKind(r.scope)}
                picked={false}
                onChoose={onChoose}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {state.kind === 'done' && results.length > 0 ? <DistanceView results={results} radiusMiles={state.radius} t={t} /> : null}
      {wayBack}
    </>
  );
}
