import {
  AFTERCARE_COMPONENTS,
  AFTERCARE_FORMAT,
  aftercareTemplate,
  determine,
  type AftercareComponent,
  type AftercarePlan,
  type CareCase,
} from '@carelevel/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useParams } from 'react-router';
import { isApiProblem } from '../api/api-problem.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { SelectField, TextAreaField, TextField } from '../forms/inputs.js';
import { useFormErrors } from '../forms/use-form-errors.js';
import { staffLanguage } from '../i18n/language.js';
import { engineWords, words } from '../i18n/words.js';
import { personName } from '../people/person-name.js';
import { usePerson } from '../people/use-person.js';
import { CheckboxField } from '../forms/checkbox-field.js';
import { usePersonDecision } from '../referrals/person-decision.js';
import type { ProgramHit } from '../referrals/programs-api.js';
import { JudgmentNote } from '../shell/judgment-note.js';
import { Page } from '../shell/page.js';
import { LoadError, Loading } from '../shell/status.js';
import { aftercareKey, planPdfUrl, readPlan, savePlan } from './aftercare-api.js';
import './aftercare.css';
import { ContactsEditor } from './contacts-editor.js';
import { ProgramFinder } from './program-finder.js';
import { PersonCopy } from './person-copy.js';
import { SharedPlan } from './shared-plan.js';
import { useUser } from '../shell/session.js';
import { draftFromPlan, planFields, planFromDraft, problemForForm, type ComponentDraft, type PlanDraft } from './plan-draft.js';

const FINDER_FIELDS = ['near', 'levels'] as const;

const EMPTY_PLAN: AftercarePlan = {
  format: AFTERCARE_FORMAT,
  components: [],
  relapsePrevention: { triggers: [], copingSteps: [], peopleToCall: [], warningSigns: [] },
  crisisPlan: { steps: [], contacts: [] },
  followUpDays: 7,
  language: 'en',
};

/** The engine's starting plan from the last case and its decision; an empty one when there is no case. */
function startingPlan(careCase: CareCase | null): AftercarePlan {
  if (!careCase) return EMPTY_PLAN;
  try {
    return aftercareTemplate(careCase, determine(careCase));
  } catch {
    return EMPTY_PLAN;
  }
}

/** Build, save, print and download a person's aftercare plan. */
export default function AftercarePage(): ReactNode {
  const { personId = '' } = useParams();
  const user = useUser();
  // Program staff read the plan through a consent that shares it; the care team builds it.
  return user.role === 'program-staff' ? <SharedPlan personId={personId} /> : <PlanBuilder personId={personId} />;
}

function PlanBuilder({ personId }: { readonly personId: string }): ReactNode {
  const w = words.aftercare;
  const person = usePerson(personId);
  const decision = usePersonDecision(personId);
  const stored = useQuery({ queryKey: aftercareKey(personId), queryFn: () => readPlan(personId) });
  const [reloads, setReloads] = useState(0);
  if (person.isPending || decision.pending || stored.isPending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} retry={() => void person.refetch()} />;
  if (stored.isError) return <LoadError error={stored.error} retry={() => void stored.refetch()} />;
  if (!decision.data) return <LoadError error={decision.error} retry={decision.refetch} />;
  const careCase = decision.data.careCase;
  return (
    <Page title={w.title} lead={w.forPerson(personName(person.data.body))}>
      <div className="aftercare-page">
        <PlanEditor
          // A reload after someone else's change starts the editor again from the stored plan.
          key={reloads}
          onReload={() => {
            void stored.refetch().then(() => {
              setReloads((n) => n + 1);
            });
          }}
          personId={personId}
          zip={careCase?.practical?.zip ?? ''}
          initial={stored.data ? { plan: stored.data.body.plan, version: stored.data.version } : null}
          template={stored.data ? null : startingPlan(careCase)}
          fromCase={careCase !== null}
        />
      </div>
    </Page>
  );
}

interface Saved {
  readonly plan: AftercarePlan;
  readonly version: number | undefined;
}

function PlanEditor(p: {
  readonly personId: string;
  readonly onReload: () => void;
  readonly zip: string;
  readonly initial: Saved | null;
  readonly template: AftercarePlan | null;
  readonly fromCase: boolean;
}): ReactNode {
  const w = words.aftercare;
  const client = useQueryClient();
  const [saved, setSaved] = useState<Saved | null>(p.initial);
  const [draft, setDraft] = useState<PlanDraft>(() => draftFromPlan(p.initial?.plan ?? p.template ?? EMPTY_PLAN));
  const [programs, setPrograms] = useState<readonly ProgramHit[]>([]);
  const [stale, setStale] = useState(false);
  const [done, setDone] = useState('');
  const fields = useMemo(() => planFields(draft), [draft]);
  const form = useFormErrors('plan', 'body.plan', fields);
  // Two forms on the page, one error summary at a time (each summary's heading has the same id).
  const finderForm = useFormErrors('finder', 'query', FINDER_FIELDS);
  const plan = useMemo(() => planFromDraft(draft), [draft]);
  const unsaved = saved === null || JSON.stringify(saved.plan) !== JSON.stringify(plan);

  const save = useMutation({
    mutationFn: () => savePlan(p.personId, plan, saved?.version),
    onSuccess: async (answer) => {
      form.clear();
      setSaved({ plan: answer.body.plan, version: answer.version ?? answer.body.version });
      setDone(w.saved);
      await client.invalidateQueries({ queryKey: aftercareKey(p.personId) });
    },
    onError: (err) => {
      setDone('');
      if (isApiProblem(err) && err.status === 412) setStale(true);
      else form.fail(isApiProblem(err) ? problemForForm(err, draft) : err);
    },
  });

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    setStale(false);
    finderForm.clear();
    save.mutate();
  };
  const setComponent = (kind: AftercareComponent, patch: Partial<ComponentDraft>): void => {
    setDraft((d) => ({ ...d, components: { ...d.components, [kind]: { ...d.components[kind], ...patch } } }));
  };
  const text = (key: 'triggers' | 'warningSigns' | 'copingSteps' | 'crisisSteps' | 'safePlaces') => (v: string) => {
    setDraft((d) => ({ ...d, [key]: v }));
  };

  return (
    <>
      {p.initial ? null : <p className="notice">{p.fromCase ? w.fromTemplate : w.emptyStart}</p>}
      {/* The services come from the engine's suggestions: support for a decision made with the person. */}
      <JudgmentNote />
      <ProgramFinder zip={p.zip} onFound={setPrograms} form={finderForm} onSearch={form.clear} />
      <form ref={form.formRef} noValidate className="form aftercare-editor" onSubmit={submit}>
        <ErrorSummary items={form.summary} />
        <section aria-labelledby="services-heading">
          <h2 id="services-heading">{w.servicesHeading}</h2>
          {AFTERCARE_COMPONENTS.map((kind) => {
            const c = draft.components[kind];
            const options = [
              ...(c.programId && !programs.some((x) => x.id === c.programId) ? [{ value: c.programId, label: c.programName }] : []),
              ...programs.map((x) => ({ value: x.id, label: `${x.name} (${words.referrals.miles(x.distanceMiles)})` })),
            ];
            return (
              <div key={kind} className={`card component${c.included ? ' component--on' : ''}`}>
                <CheckboxField
                  id={form.id(`components.${kind}.included`)}
                  label={engineWords.aftercareComponent[kind]}
                  checked={c.included}
                  onChange={(on) => {
                    setComponent(kind, { included: on });
                  }}
                />
                {c.included ? (
                  <div className="component-fields">
                    {c.reason && engineWords.aftercare[c.reason] ? (
                      <p className="muted">
                        {w.why}: {engineWords.aftercare[c.reason]}
                      </p>
                    ) : null}
                    <SelectField
                      id={form.id(`components.${kind}.programId`)}
                      label={w.program}
                      hint={programs.length === 0 ? w.programHint : undefined}
                      optional
                      placeholder={w.programNone}
                      options={options}
                      value={c.programId}
                      onChange={(id) => {
                        const found = options.find((o) => o.value === id);
                        setComponent(kind, {
                          programId: id,
                          programName: programs.find((x) => x.id === id)?.name ?? found?.label ?? '',
                        });
                      }}
                      error={form.error(`components.${kind}.programId`)}
                    />
                    <TextField
                      id={form.id(`components.${kind}.frequency`)}
                      label={w.frequency}
                      hint={w.frequencyHint}
                      optional
                      value={c.frequency}
                      onChange={(v) => {
                        setComponent(kind, { frequency: v });
                      }}
                      error={form.error(`components.${kind}.frequency`)}
                    />
                    <TextAreaField
                      id={form.id(`components.${kind}.details`)}
                      label={w.details}
                      optional
                      value={c.details}
                      onChange={(v) => {
                        setComponent(kind, { details: v });
                      }}
                      error={form.error(`components.${kind}.details`)}
                    />
                  </div>
                ) : null}
              </div>
            );
          })}
        </section>

        <section aria-labelledby="relapse-heading">
          <h2 id="relapse-heading">{w.relapseHeading}</h2>
          <TextAreaField
            id={form.id('relapsePrevention.triggers')}
            label={w.triggers}
            hint={w.triggersHint}
            value={draft.triggers}
            onChange={text('triggers')}
            error={form.error('relapsePrevention.triggers')}
          />
          <TextAreaField
            id={form.id('relapsePrevention.warningSigns')}
            label={w.warningSigns}
            hint={w.warningSignsHint}
            optional
            value={draft.warningSigns}
            onChange={text('warningSigns')}
            error={form.error('relapsePrevention.warningSigns')}
          />
          <TextAreaField
            id={form.id('relapsePrevention.copingSteps')}
            label={w.copingSteps}
            hint={w.copingStepsHint}
            value={draft.copingSteps}
            onChange={text('copingSteps')}
            error={form.error('relapsePrevention.copingSteps')}
          />
          <ContactsEditor
            legend={w.peopleToCall}
            name="relapsePrevention.peopleToCall"
            contacts={draft.peopleToCall}
            onChange={(c) => {
              setDraft((d) => ({ ...d, peopleToCall: c }));
            }}
            form={form}
          />
        </section>

        <section aria-labelledby="crisis-heading">
          <h2 id="crisis-heading">{w.crisisHeading}</h2>
          <p>{w.crisisAlways}</p>
          <ul className="crisis-always">
            <li>{engineWords.aftercare['crisis-988']}</li>
            <li>{engineWords.aftercare['crisis-911']}</li>
          </ul>
          <TextAreaField
            id={form.id('crisisPlan.steps')}
            label={w.crisisSteps}
            hint={w.crisisStepsHint}
            value={draft.crisisSteps}
            onChange={text('crisisSteps')}
            error={form.error('crisisPlan.steps')}
          />
          <ContactsEditor
            legend={w.crisisContacts}
            name="crisisPlan.contacts"
            contacts={draft.crisisContacts}
            onChange={(c) => {
              setDraft((d) => ({ ...d, crisisContacts: c }));
            }}
            form={form}
          />
          <TextAreaField
            id={form.id('crisisPlan.safePlaces')}
            label={w.safePlaces}
            hint={w.safePlacesHint}
            optional
            value={draft.safePlaces}
            onChange={text('safePlaces')}
            error={form.error('crisisPlan.safePlaces')}
          />
        </section>

        <div className="search-grid">
          <TextField
            id={form.id('followUpDays')}
            label={w.followUpDays}
            type="number"
            min={1}
            max={365}
            optional
            value={draft.followUpDays}
            onChange={(v) => {
              setDraft((d) => ({ ...d, followUpDays: v }));
            }}
            error={form.error('followUpDays')}
          />
          <SelectField
            id={form.id('language')}
            label={w.language}
            placeholder={false}
            options={['en', 'es'].map((l) => ({ value: l, label: w.languages[l] ?? l }))}
            value={draft.language}
            onChange={(v) => {
              setDraft((d) => ({ ...d, language: v === 'es' ? 'es' : 'en' }));
            }}
            error={form.error('language')}
          />
        </div>
        {stale ? (
          <div className="notice notice--error" role="alert">
            <p>{words.problems['stale-version']}</p>
            <button type="button" className="button button--secondary" onClick={p.onReload}>
              {words.referrals.reload}
            </button>
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {w.save}
          </button>
        </div>
        <p role="status">{done && !unsaved ? done : ''}</p>
      </form>

      <section aria-labelledby="downloads-heading" className="no-print">
        <h2 id="downloads-heading">{w.downloadsHeading}</h2>
        {saved === null ? (
          <p>{w.notSavedYet}</p>
        ) : (
          <>
            {unsaved ? <p className="notice">{w.unsaved}</p> : null}
            <ul className="downloads">
              <li>
                <a href={planPdfUrl(p.personId, 'person', 'en')} download>
                  {w.downloadPerson}
                </a>
              </li>
              <li>
                <a href={planPdfUrl(p.personId, 'person', 'es')} download>
                  {w.downloadPersonEs}
                </a>
              </li>
              <li>
                {/* The clinician copy is for staff: in the workspace's language. */}
                <a href={planPdfUrl(p.personId, 'clinician', staffLanguage)} download>
                  {w.downloadClinician}
                </a>
              </li>
            </ul>
          </>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          {w.print}
        </button>
      </section>
      <PersonCopy plan={plan} />
    </>
  );
}
