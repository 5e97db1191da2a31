import { INSTRUMENT_BY_KEY } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { draftFromCase } from './draft.js';
import { scoreLine } from './instrument-form.js';
import { INTERVIEW } from './interview-fields.js';
import { substanceLabel, valueLabel } from './value-label.js';

/** The stored answers, read-only, section by section (what the determination rests on). */
export function AnswersView({ careCase }: { readonly careCase: unknown }): ReactNode {
  const w = words.assessment;
  const d = draftFromCase(careCase);
  const sex = d.values.sex || undefined;
  const text = (v: string): string =>
    v
      .split(/[,\n]/)
      .filter(Boolean)
      .map((x) => (x === 'yes' ? words.forms.yes : x === 'no' ? words.forms.no : valueLabel(x)))
      .join(', ');
  return (
    <details className="card answers">
      <summary>{w.answers}</summary>
      {INTERVIEW.map((s) => {
        const rows = s.fields.filter((f) => d.values[f.path]);
        const instruments = (s.instruments ?? []).filter((k) => d.instruments[k]);
        const substances = s.lists?.includes('substances') ? d.substances : [];
        const episodes = s.lists?.includes('priorEpisodes') ? d.priorEpisodes : [];
        if (rows.length + instruments.length + substances.length + episodes.length === 0) return null;
        return (
          <div key={s.id}>
            <h3>{w.sections[s.id]}</h3>
            <dl className="facts">
              {rows.map((f) => (
                <div key={f.path} className="contents-row">
                  <dt>{w.fields[f.path]}</dt>
                  <dd>{text(d.values[f.path] ?? '')}</dd>
                </div>
              ))}
              {substances.map((x, i) => (
                <div key={`s${i}`} className="contents-row">
                  <dt>{w.substance(i + 1)}</dt>
                  <dd>
                    {[
                      substanceLabel(x.name),
                      x.daysUsedLast30 && `${w.substanceFields.daysUsedLast30}: ${x.daysUsedLast30}`,
                      x.disorderSeverity && valueLabel(x.disorderSeverity),
                    ]
                      .filter(Boolean)
                      .join('; ')}
                  </dd>
                </div>
              ))}
              {episodes.map((x, i) => (
                <div key={`e${i}`} className="contents-row">
                  <dt>{w.priorEpisode(i + 1)}</dt>
                  <dd>
                    {valueLabel(x.level)}; {valueLabel(x.outcome)}
                  </dd>
                </div>
              ))}
              {instruments.map((k) => {
                const def = INSTRUMENT_BY_KEY[k];
                return def ? (
                  <div key={k} className="contents-row">
                    <dt>{def.name}</dt>
                    <dd>{scoreLine(def, d.instruments[k] ?? [], sex)}</dd>
                  </div>
                ) : null;
              })}
            </dl>
          </div>
        );
      })}
    </details>
  );
}
