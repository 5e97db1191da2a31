import { LEVEL_CODES, LOCALE_MESSAGES, type LevelCode, type Message } from '@carelevel/engine';
import { DIRECTORY_LOCALES, renderDirectoryMessage } from '@carelevel/directory/words';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { ChosenProgram } from '../assessment/saved-state.js';
import { PageHeading } from '../components/page-heading.js';
import { TextList } from '../components/text-list.js';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import { one } from '../questions/answer-helpers.js';
import type { Answers, Lang } from '../questions/question-types.js';
import { defaultFilters } from '../programs/default-filters.js';
import { DistanceView } from '../programs/distance-view.js';
import { scopeMisfit } from '../programs/scope-misfit.js';
import { FILTER_OPTIONS } from '../programs/filter-options.js';
import { FILTER_GROUPS, SearchFailed, searchPrograms, type FilterGroup } from '../programs/program-search.js';
import { statusText, type State } from '../programs/status-text.js';
import { useRecommendation } from '../result/use-recommendation.js';

interface Props {
  readonly t: UiWords;
  readonly lang: Lang;
  readonly answers: Answers;
  readonly chosen: readonly ChosenProgram[];
  readonly onChoose: (p: ChosenProgram, on: boolean) => void;
}

const RADII = [10, 25, 50, 100] as const;
/** Listings the server sends a page (its default). */
const PAGE = 20;
/** The wider radius a "widen-radius" suggestion offers, or null. */
const widerRadius = (s: Message, now: number): number | null => {
  const miles = s.code === 'widen-radius' ? s.facts?.['radiusMiles'] : undefined;
  return typeof miles === 'number' && miles > now ? miles : null;
};

/** Programs near a ZIP for a level. Only the ZIP, level, radius and filters are sent. */
export default function ProgramsPage({ t, lang, answers, chosen, onChoose }: Props): ReactElement {
  const p = t.programs;
  const rec = useRecommendation(answers, lang);
  const [zip, setZip] = useState(one(answers, 'zip') ?? '');
  const [level, setLevel] = useState<LevelCode>(rec?.level ?? 'outpatient');
  const [radius, setRadius] = useState<number>(25);
  const [filters, setFilters] = useState(() => defaultFilters(answers, rec?.level ?? 'outpatient'));
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [zipError, setZipError] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const words = DIRECTORY_LOCALES[lang];
  const levelNames = LOCALE_MESSAGES[lang].levels;
  // A date, as people write it (the listing's day, not shifted by the time zone).
  const dateFmt = (iso: string): string =>
    new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso.slice(0, 10)}T00:00:00Z`),
    );
  const valueName = (g: FilterGroup, v: string): string => (g === 'languages' ? (words.languageNames[v] ?? v) : (words.values[v] ?? v));

  const chosenNames = FILTER_GROUPS.flatMap((g) => (filters[g] ?? []).map((v) => valueName(g, v)));

  const toggle = (g: FilterGroup, v: string, on: boolean): void => {
    setFilters((f) => {
      const cur = f[g] ?? [];
      return { ...f, [g]: on ? [...cur, v] : cur.filter((x) => x !== v) };
    });
  };

  const search = async (r: number = radius): Promise<void> => {
    if (!/^\d{5}$/.test(zip)) {
      setZipError(true);
      return;
    }
    setZipError(false);
    setState({ kind: 'busy' });
    try {
      const res = await searchPrograms({ zip, level, radiusMiles: r, filters });
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
      const more = await searchPrograms({ zip, level, radiusMiles: state.radius, filters, offset: shown });
      setState({ ...state, res: { ...state.res, results: [...state.res.results, ...more.results] } });
      setFirstNew(shown);
    } catch (err) {
      setState({ kind: 'error', badZip: err instanceof SearchFailed && err.status === 400 });
    } finally {
      setMoreBusy(false);
    }
  };
  useEffect(() => {
    if (firstNew !== null) firstNewRef.current?.focus();
  }, [firstNew]);

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
          <label htmlFor="program-radius">{p.radius}</label>
          <select
            id="program-radius"
            value={radius}
            onChange={(e) => {
              setRadius(Number(e.currentTarget.value));
            }}
          >
            {[...new Set([...RADII, radius])]
              .sort((a, b) => a - b)
              .map((r) => (
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

      {state.kind === 'done' && state.res.results.length === 0 ? (
        <section className="empty">
          <p>{p.tryThis}</p>
          <TextList
            items={state.res.suggestions.filter((s) => widerRadius(s, state.radius) === null).map((s) => renderDirectoryMessage(s, words))}
          />
          {/* The directory may suggest a wider radius than the list offers (660 miles in rural
              Alaska): it becomes a button that searches it, so an empty result does not dead-end. */}
          {state.res.suggestions.flatMap((s) => {
            const miles = widerRadius(s, state.radius);
            return miles !== null
              ? [
                  <p key="widen">
                    <button
                      type="button"
                      onClick={() => {
                        setRadius(miles);
                        void search(miles);
                      }}
                    >
                      {fill(p.widen, { n: miles })}
                    </button>
                  </p>,
                ]
              : [];
          })}
          <p>
            <a href="tel:18006624357">{p.helpline}</a>
          </p>
        </section>
      ) : null}

      {state.kind === 'done' && state.res.results.length > 0 ? (
        <>
          <ol className="program-list">
            {state.res.results.map((r, i) => {
              const picked = chosen.some((c) => c.id === r.id);
              const address = [r.street1, r.city, `${r.state} ${r.zip}`].filter(Boolean).join(', ');
              const phone = r.intakePhone || r.phone;
              return (
                <li key={r.id} className="program">
                  <h2 ref={i === firstNew ? firstNewRef : undefined} tabIndex={i === firstNew ? -1 : undefined}>
                    {r.name}
                  </h2>
                  <p>
                    {address} · {fill(p.milesAway, { n: r.distanceMiles.toFixed(1) })}
                  </p>
                  {phone ? (
                    <p>
                      <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
                        {p.call} {phone}
                      </a>
                    </p>
                  ) : null}
                  <p className="hint">{r.lastVerified ? fill(p.verified, { date: dateFmt(r.lastVerified) }) : p.notVerified}</p>
                  {r.stale ? <p className="warning">{p.stale}</p> : null}
                  <TextList title={p.fits} items={r.fits.map((m) => renderDirectoryMessage(m, words))} />
                  <TextList
                    title={p.misfits}
                    items={[
                      scopeMisfit(one(answers, 'concern'), r.scope, p),
                      ...r.misfits.map((m) => renderDirectoryMessage(m, words)),
                    ].filter((x): x is string => x !== null)}
                  />
                  <label className="option">
                    <input
                      type="checkbox"
                      checked={picked}
                      onChange={(e) => {
                        onChoose({ id: r.id, name: r.name, phone, address, distanceMiles: r.distanceMiles }, e.currentTarget.checked);
                      }}
                    />
                    <span>
                      {p.choose}: {r.name}
                    </span>
                  </label>
                </li>
              );
            })}
          </ol>
          {state.res.total > state.res.results.length ? (
            <p>
              <button type="button" disabled={moreBusy} onClick={() => void showMore()}>
                {fill(p.showMore, { n: Math.min(PAGE, state.res.total - state.res.results.length) })}
              </button>
            </p>
          ) : null}
          <DistanceView results={state.res.results} radiusMiles={state.radius} t={t} />
        </>
      ) : null}
    </>
  );
}
