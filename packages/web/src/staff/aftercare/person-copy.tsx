import type { AftercarePlan } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { staffLanguage } from '../i18n/language.js';
import { engineWordsFor, words, wordsFor } from '../i18n/words.js';

function List({ title, items }: { readonly title: string; readonly items: readonly string[] | undefined }): ReactNode {
  if (!items || items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ul>
    </>
  );
}

const contactLine = (c: { name: string; relationship?: string; phone?: string }): string =>
  [c.name, c.relationship ? `(${c.relationship})` : '', c.phone ? `— ${c.phone}` : ''].filter(Boolean).join(' ');

/**
 * The person's copy, in plain language: crisis help first (988 and 911 are always there), then their
 * own crisis plan, their plan to stay on track, and the care after treatment with why each is there.
 * It is what prints; the PDF from the server says the same. It is in the plan's language, whatever
 * the workspace's: a Spanish-speaking person gets Spanish from an English-speaking navigator. Only the
 * line telling staff what this is (not printed) is in the workspace's language.
 */
export function PersonCopy({ plan }: { readonly plan: AftercarePlan }): ReactNode {
  const language = plan.language ?? 'en';
  const w = wordsFor(language).aftercare;
  const engineWords = engineWordsFor(language);
  const rp = plan.relapsePrevention;
  const cp = plan.crisisPlan;
  return (
    <section className="person-copy" aria-labelledby="copy-heading" lang={language}>
      <h2 id="copy-heading">{w.copyHeading}</h2>
      <p className="muted no-print" lang={staffLanguage}>
        {words.aftercare.copyIntro}
      </p>
      <div className="crisis-first">
        <h3>{w.copyIfCrisis}</h3>
        <ul>
          <li>{engineWords.aftercare['crisis-988']}</li>
          <li>{engineWords.aftercare['crisis-911']}</li>
        </ul>
      </div>
      <h3>{w.copyCrisisPlan}</h3>
      {cp.steps.length === 0 && cp.contacts.length === 0 && !cp.safePlaces?.length ? <p>{w.copyEmpty}</p> : null}
      <List title={w.crisisSteps} items={cp.steps} />
      <List title={w.crisisContacts} items={cp.contacts.map(contactLine)} />
      <List title={w.copySafePlaces} items={cp.safePlaces} />
      <h3>{w.copyStayOnTrack}</h3>
      {rp.triggers.length + rp.copingSteps.length + rp.peopleToCall.length + (rp.warningSigns?.length ?? 0) === 0 ? (
        <p>{w.copyEmpty}</p>
      ) : null}
      <List title={w.copyTriggers} items={rp.triggers} />
      <List title={w.copyWarningSigns} items={rp.warningSigns} />
      <List title={w.copyCoping} items={rp.copingSteps} />
      <List title={w.copyCall} items={rp.peopleToCall.map(contactLine)} />
      <h3>{w.copyCare}</h3>
      {plan.components.length === 0 ? <p>{w.copyEmpty}</p> : null}
      <ul>
        {plan.components.map((c) => (
          <li key={c.kind}>
            <strong>{engineWords.aftercareComponent[c.kind]}</strong>
            {c.programName ? ` — ${c.programName}` : ''}
            {c.frequency ? ` — ${c.frequency}` : ''}
            {c.reason && engineWords.aftercare[c.reason] ? <p>{engineWords.aftercare[c.reason]}</p> : null}
            {c.details ? <p>{c.details}</p> : null}
          </li>
        ))}
      </ul>
      {plan.followUpDays ? <p>{w.copyNextCheckIn(plan.followUpDays)}</p> : null}
    </section>
  );
}
