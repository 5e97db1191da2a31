import {
  CONSENT_PURPOSES,
  CONSENT_SHARES,
  REFERRAL_URGENCIES,
  type ReferralUrgency,
  type ConsentPurpose,
  type ConsentShare,
  type ProgramSearchRequest,
  type ReferralView,
} from '@carelevel/contract';
import { PAYMENTS_FOR_COVERAGE, SUPPORT_SERVICES } from '@carelevel/directory/crosswalk';
import { SCOPES } from '@carelevel/directory/vocabulary';
import { LEVEL_CODES, type LevelCode } from '@carelevel/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../forms/error-summary.js';
import { SelectField, TextAreaField, TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { useQueryErrors } from '../forms/use-query-errors.js';
import { directoryWords, engineWords, words } from '../i18n/words.js';
import { personName } from '../people/person-name.js';
import { usePerson } from '../people/use-person.js';
import { JudgmentNote } from '../shell/judgment-note.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { CheckboxField } from '../forms/checkbox-field.js';
import { CheckboxGroup } from '../forms/choice-group.js';
import { usePersonDecision, type PersonDecision } from './person-decision.js';
import { ProgramHitList } from './program-hits.js';
import { useProgramSearch } from './programs-api.js';
import { referralKeys, sendReferral } from './referrals-api.js';
import './referrals.css';

const MAX_PROGRAMS = 3;
// The form's fields are named as the search and the referral name them, so the server's errors land beside them.
const SEARCH_FIELDS = ['near', 'levels', 'radiusMiles', 'scope', 'acceptingNow'] as const;
const CONSENT_FIELDS = ['programIds', 'urgency', 'note', 'consent.purpose', 'consent.shares', 'consent.expiresAt', 'agreed'] as const;
const isUrgency = (v: string): v is ReferralUrgency => REFERRAL_URGENCIES.some((u) => u === v);

/** A date input's value for today plus some days, in local time. */
function dateIn(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The end of the chosen day in local time; an empty or odd value goes as typed so the server names the field. */
function endOfDay(date: string): string {
  const d = new Date(`${date}T23:59:59`);
  return Number.isNaN(d.getTime()) ? date : d.toISOString();
}

const isScope = (value: string): value is (typeof SCOPES)[number] => SCOPES.some((s) => s === value);

const levelOptions = LEVEL_CODES.map((l) => ({ value: l, label: engineWords.levels[l] }));

type Wishes = NonNullable<ProgramSearchRequest['prefer']>;
type WishGroup = keyof Wishes;
const DAY_PROGRAMS: readonly string[] = ['intensive-outpatient', 'partial-hospitalization'];

/**
 * What the person's assessment asks of a program beyond the level: a program that takes their
 * coverage, a schedule track they can attend (day programs), their language, and the supports the
 * engine named (a recovery residence, housing help). Searched as wishes: programs that meet them
 * rank first, the rest stay listed with what does not fit named.
 */
export function wishesFrom(decision: PersonDecision, level: string): Wishes {
  const practical = decision.careCase?.practical;
  const supports = decision.assessment?.recommendation.supports ?? [];
  const language = practical?.language?.split('-')[0]?.toLowerCase();
  const services = [...new Set(supports.flatMap((s) => SUPPORT_SERVICES[s.code]))];
  const payments = practical?.coverage ? PAYMENTS_FOR_COVERAGE[practical.coverage] : [];
  const tracks = DAY_PROGRAMS.includes(level) ? (practical?.scheduleWindows ?? []) : [];
  return {
    ...(payments.length > 0 ? { payments } : {}),
    ...(tracks.length > 0 ? { scheduleTracks: tracks } : {}),
    ...(language && language !== 'en' ? { languages: [language] } : {}),
    ...(services.length > 0 ? { services } : {}),
  };
}

const dirWords = directoryWords;
const wishText = (group: WishGroup, values: readonly string[]): string =>
  words.referrals.wishes[group](
    values.map((v) => (group === 'languages' ? (dirWords.languageNames[v] ?? v) : (dirWords.values[v] ?? v))).join(', '),
  );

/**
 * Refer a person from their determination: search programs that fit, choose up to three, record the
 * person's consent for each (recipient, purpose, what is shared, until when), and send.
 */
export default function NewReferralPage(): ReactNode {
  const { personId = '' } = useParams();
  const w = words.referrals;
  const person = usePerson(personId);
  const decision = usePersonDecision(personId);
  if (person.isPending || decision.pending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} retry={() => void person.refetch()} />;
  if (!decision.data) return <LoadError error={decision.error} retry={decision.refetch} />;
  return (
    <Page title={w.newTitle} lead={w.forPerson(personName(person.data.body))}>
      <ReferralFlow personId={personId} decision={decision.data} />
    </Page>
  );
}

function DecisionSummary({ decision }: { readonly decision: PersonDecision }): ReactNode {
  const w = words.referrals;
  const d = decision.determination;
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{w.decisionHeading}</h2>
      <p>
        {d
          ? w.decision(engineWords.levels[d.chosenLevel], engineWords.levels[d.indicatedLevel])
          : decision.level
            ? w.fromAssessment(engineWords.levels[decision.level])
            : w.noDecision}
      </p>
      <JudgmentNote />
    </section>
  );
}

function ReferralFlow({ personId, decision }: { readonly personId: string; readonly decision: PersonDecision }): ReactNode {
  const w = words.referrals;
  const client = useQueryClient();
  const practical = decision.careCase?.practical;
  const [search, setSearch] = useState({
    level: decision.level ?? '',
    zip: practical?.zip ?? '',
    radiusMiles: '25',
    scope: decision.careCase?.primaryConcern ?? '',
    acceptingNow: false,
  });
  const wishes = wishesFrom(decision, search.level);
  const [wanted, setWanted] = useState<readonly WishGroup[]>(Object.keys(wishes) as WishGroup[]);
  const prefer = (level: string): Wishes => {
    const all = wishesFrom(decision, level);
    return Object.fromEntries(Object.entries(all).filter(([g]) => wanted.includes(g as WishGroup)));
  };
  const requestFor = (s: typeof search, radiusMiles?: number): ProgramSearchRequest => ({
    near: s.zip.trim(),
    levels: [s.level as LevelCode],
    radiusMiles: radiusMiles ?? (Number(s.radiusMiles) || 25),
    ...(isScope(s.scope) ? { scope: s.scope } : {}),
    acceptingNow: s.acceptingNow,
    prefer: prefer(s.level),
  });
  // The search starts from the assessment: with a level and a place, it runs as the page opens.
  const [asked, setAsked] = useState<ProgramSearchRequest | null>(() => (search.level && search.zip ? requestFor(search) : null));
  const [chosen, setChosen] = useState<readonly { id: string; name: string }[]>([]);
  const [consent, setConsent] = useState({
    purpose: 'referral' as ConsentPurpose,
    shares: ['demographics', 'assessments'] as ConsentShare[],
    expiresAt: dateIn(90),
    agreed: false,
  });
  const [handoff, setHandoff] = useState<{ urgency: ReferralUrgency; note: string }>({ urgency: 'routine', note: '' });
  const [sent, setSent] = useState<readonly ReferralView[] | null>(null);
  const searchForm = useFormErrors('program-search', 'query', SEARCH_FIELDS);
  const consentForm = useFormErrors('consent', 'body', CONSENT_FIELDS);

  const find = useProgramSearch(asked);
  useQueryErrors(searchForm, find);
  const hits = find.data;

  const send = useMutation({
    // One request: the person's consent for each program (each naming its recipient, 42 CFR Part 2)
    // and the referral to all of them, recorded together or not at all.
    mutationFn: () =>
      sendReferral({
        personId,
        programIds: chosen.map((p) => p.id),
        ...(search.level ? { level: search.level as LevelCode } : {}),
        urgency: handoff.urgency,
        ...(handoff.note.trim() ? { note: handoff.note.trim() } : {}),
        consent: { purpose: consent.purpose, shares: consent.shares, expiresAt: endOfDay(consent.expiresAt) },
      }),
    onSuccess: async (answer) => {
      setSent(answer.referrals);
      await client.invalidateQueries({ queryKey: referralKeys.all });
    },
    onError: (err) => {
      consentForm.fail(err);
    },
  });

  // One error summary at a time: the page has two forms, and each summary's heading has the same id.
  const submitSearch = (e: SyntheticEvent): void => {
    e.preventDefault();
    consentForm.clear();
    if (!search.level) {
      searchForm.failWith({ levels: w.searchLevel });
      return;
    }
    const request = requestFor(search);
    // The same question again asks the server again (listings and openings change).
    if (JSON.stringify(request) === JSON.stringify(asked)) void find.refetch();
    else setAsked(request);
  };

  /** Search again within the radius the directory says would reach the nearest matching program. */
  const widen = (miles: number): void => {
    const next = { ...search, radiusMiles: String(miles) };
    setSearch(next);
    setAsked(requestFor(next, miles));
  };

  const submitConsent = (e: SyntheticEvent): void => {
    e.preventDefault();
    searchForm.clear();
    const local: Record<string, string> = {};
    if (chosen.length === 0) local[''] = w.pickOne;
    if (!consent.agreed) local.agreed = w.agreedMissing;
    if (Object.keys(local).length > 0) {
      consentForm.failWith(local);
      return;
    }
    consentForm.clear();
    send.mutate();
  };

  const toggle = (id: string, name: string, on: boolean): void => {
    setChosen((list) =>
      on
        ? list.length < MAX_PROGRAMS && !list.some((p) => p.id === id)
          ? [...list, { id, name }]
          : list
        : list.filter((p) => p.id !== id),
    );
  };

  if (sent)
    return (
      <section aria-labelledby="sent-heading" className="notice">
        <h2 id="sent-heading" tabIndex={-1} ref={(el) => el?.focus()}>
          {w.sentHeading}
        </h2>
        <p>{w.sentTo(sent.length)}</p>
        <ul>
          {sent.map((r) => (
            <li key={r.id}>
              <Link to={`/referrals/${r.id}`}>{chosen.find((p) => p.id === r.programId)?.name ?? words.referrals.programNotFound}</Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/referrals">{w.toBoard}</Link> · <Link to={`/people/${personId}`}>{w.personRecord}</Link>
        </p>
      </section>
    );

  return (
    <>
      <DecisionSummary decision={decision} />
      <section aria-labelledby="search-heading" className="flow-section">
        <h2 id="search-heading">{w.searchHeading}</h2>
        <form ref={searchForm.formRef} noValidate role="search" aria-labelledby="search-heading" onSubmit={submitSearch}>
          <ErrorSummary items={searchForm.summary} />
          <div className="search-grid">
            <SelectField
              id={searchForm.id('levels')}
              label={w.searchLevel}
              value={search.level}
              options={levelOptions}
              onChange={(v) => {
                setSearch({ ...search, level: v });
              }}
              error={searchForm.error('levels')}
            />
            <TextField
              id={searchForm.id('near')}
              label={w.zip}
              hint={w.zipHint}
              inputMode="numeric"
              autoComplete="off"
              value={search.zip}
              onChange={(v) => {
                setSearch({ ...search, zip: v });
              }}
              error={searchForm.error('near')}
            />
            <TextField
              id={searchForm.id('radiusMiles')}
              label={w.radius}
              type="number"
              min={1}
              max={3000}
              value={search.radiusMiles}
              onChange={(v) => {
                setSearch({ ...search, radiusMiles: v });
              }}
              error={searchForm.error('radiusMiles')}
            />
            <SelectField
              id={searchForm.id('scope')}
              label={w.scope}
              value={search.scope}
              placeholder={w.scopeAny}
              options={SCOPES.map((s) => ({ value: s, label: w.scopes[s] ?? s }))}
              onChange={(v) => {
                setSearch({ ...search, scope: v });
              }}
              error={searchForm.error('scope')}
            />
          </div>
          {Object.keys(wishes).length > 0 ? (
            <CheckboxGroup
              id={searchForm.id('prefer')}
              legend={w.wishesLegend}
              hint={w.wishesHint}
              options={(Object.entries(wishes) as [WishGroup, readonly string[]][]).map(([g, values]) => ({
                value: g,
                label: wishText(g, values),
              }))}
              values={wanted}
              onChange={(v) => {
                setWanted(v as WishGroup[]);
              }}
            />
          ) : null}
          <CheckboxField
            id={searchForm.id('acceptingNow')}
            label={w.acceptingNow}
            checked={search.acceptingNow}
            onChange={(v) => {
              setSearch({ ...search, acceptingNow: v });
            }}
            error={searchForm.error('acceptingNow')}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={find.isFetching}>
              {w.search}
            </button>
          </div>
        </form>
        <p className="muted">{w.maxThree}</p>
        {find.isFetching ? <Loading /> : null}
        {hits ? (
          <ProgramHitList
            hits={hits}
            onWiden={widen}
            chosen={(id) => chosen.some((p) => p.id === id)}
            pick={(h) => (
              <CheckboxField
                id={`choose-${h.id}`}
                label={w.choose(h.name)}
                checked={chosen.some((p) => p.id === h.id)}
                disabled={!chosen.some((p) => p.id === h.id) && chosen.length >= MAX_PROGRAMS}
                onChange={(on) => {
                  toggle(h.id, h.name, on);
                }}
              />
            )}
          />
        ) : null}
      </section>

      <section aria-labelledby="consent-heading" className="flow-section">
        <h2 id="consent-heading">{w.consentHeading}</h2>
        <p>{w.consentIntro}</p>
        <form ref={consentForm.formRef} noValidate className="form" onSubmit={submitConsent}>
          <ErrorSummary items={consentForm.summary} />
          {chosen.length > 0 ? (
            <CheckboxGroup
              id={consentForm.id('programIds')}
              legend={w.recipients}
              hint={w.chosen(chosen.length)}
              options={chosen.map((p) => ({ value: p.id, label: p.name }))}
              values={chosen.map((p) => p.id)}
              onChange={(ids) => {
                setChosen((list) => list.filter((p) => ids.includes(p.id)));
              }}
              error={consentForm.error('programIds')}
            />
          ) : (
            <p className="muted">{w.noneChosen}</p>
          )}
          <SelectField
            id={consentForm.id('urgency')}
            label={w.urgencyLabel}
            hint={w.urgencyHint}
            value={handoff.urgency}
            placeholder={false}
            options={REFERRAL_URGENCIES.map((u) => ({ value: u, label: w.urgencies[u] ?? u }))}
            onChange={(v) => {
              if (isUrgency(v)) setHandoff({ ...handoff, urgency: v });
            }}
            error={consentForm.error('urgency')}
          />
          <TextAreaField
            id={consentForm.id('note')}
            label={w.noteLabel}
            hint={w.noteHint}
            optional
            value={handoff.note}
            onChange={(v) => {
              setHandoff({ ...handoff, note: v });
            }}
            error={consentForm.error('note')}
          />
          <SelectField
            id={consentForm.id('consent.purpose')}
            label={w.purpose}
            value={consent.purpose}
            placeholder={false}
            options={CONSENT_PURPOSES.map((p) => ({ value: p, label: w.purposes[p] ?? p }))}
            onChange={(v) => {
              setConsent({ ...consent, purpose: v as ConsentPurpose });
            }}
            error={consentForm.error('consent.purpose')}
          />
          <CheckboxGroup
            id={consentForm.id('consent.shares')}
            legend={w.shares}
            hint={w.sharesHint}
            options={CONSENT_SHARES.map((s) => ({ value: s, label: w.shareWords[s] ?? s }))}
            values={consent.shares}
            onChange={(v) => {
              setConsent({ ...consent, shares: v as ConsentShare[] });
            }}
            error={consentForm.error('consent.shares')}
          />
          <div className="narrow">
            <TextField
              id={consentForm.id('consent.expiresAt')}
              label={w.expires}
              hint={w.expiresHint}
              type="date"
              value={consent.expiresAt}
              onChange={(v) => {
                setConsent({ ...consent, expiresAt: v });
              }}
              error={consentForm.error('consent.expiresAt')}
            />
          </div>
          <CheckboxField
            id={consentForm.id('agreed')}
            label={w.agreed}
            checked={consent.agreed}
            onChange={(v) => {
              setConsent({ ...consent, agreed: v });
            }}
            error={consentForm.error('agreed')}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={send.isPending}>
              {send.isPending ? w.sending : w.send}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
