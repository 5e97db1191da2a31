import { LEVELS, LOCALE_MESSAGES, type LevelCode } from '@carelevel/engine';
import type { ReactElement } from 'react';
import { TextList } from '../components/text-list.js';
import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import type { Lang } from '../questions/question-types.js';
import { levelFacts } from './level-facts.js';

interface Props {
  readonly recommended: LevelCode;
  readonly preferred: LevelCode;
  readonly adolescent: boolean;
  readonly lang: Lang;
  readonly t: UiWords;
}

/** The recommended level beside the one the person asked for, with what choosing it means. */
export function CompareLevels({ recommended, preferred, adolescent, lang, t }: Props): ReactElement {
  const names = LOCALE_MESSAGES[lang].levels;
  const r = t.result;
  const lower = LEVELS[preferred].intensity < LEVELS[recommended].intensity;
  const rec = levelFacts(recommended, adolescent, t);
  const pref = levelFacts(preferred, adolescent, t);
  const rows: [string, string, string][] = [
    [r.hours, rec.hours, pref.hours],
    [r.stay, rec.stay, pref.stay],
    [r.sleeps, rec.sleeps, pref.sleeps],
  ];
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{r.compareTitle}</h2>
      <p>{fill(r.compareLead, { preferred: names[preferred] })}</p>
      <div className="table-wrap">
        <table className="compare">
          <thead>
            <tr>
              <td />
              <th scope="col">
                {r.recommended}: {names[recommended]}
              </th>
              <th scope="col">
                {r.preferred}: {names[preferred]}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, a, b]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{a}</td>
                <td>{b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TextList title={r.tradeoffs} items={lower ? t.compare.lowerTradeoffs : t.compare.higherTradeoffs} />
      <TextList title={r.supports} items={lower ? t.compare.lowerSupports : t.compare.higherSupports} />
      <TextList title={r.stepUp} items={lower ? t.compare.stepUp : []} />
    </section>
  );
}
