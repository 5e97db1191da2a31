import { formatMessage, type Transition } from '@carelevel/engine';
import type { ReactNode } from 'react';
import { levelName } from '../assessment/value-label.js';
import { engineWords, words } from '../i18n/words.js';
import { ScrollTable } from '../shell/scroll-table.js';

/** The engine's continued-stay advice: the action, the move, why, and each dimension that changed. */
export function TransitionAdvice({ t }: { readonly t: Transition }): ReactNode {
  const w = words.transitions;
  const changed = t.changes.filter((c) => c.direction !== 'same');
  return (
    <div className="transition-advice" data-testid="transition-advice" data-action={t.action} data-to={t.to}>
      <h3>{w.engineAdvice}</h3>
      <p>
        <strong>{engineWords.transitionAction[t.action]}</strong>: {w.fromTo(levelName(t.from), levelName(t.to))}
      </p>
      <p>{formatMessage('transition', t.reason, engineWords)}</p>
      <h4>{w.changed}</h4>
      {changed.length === 0 ? (
        <p>{w.noneChanged}</p>
      ) : (
        <ScrollTable label={w.changed}>
          <table>
            <thead>
              <tr>
                <th scope="col">{words.assessment.dimension}</th>
                <th scope="col">{words.assessment.engineRating}</th>
                <th scope="col">{words.assessment.minimumLevel('').replace(/:\s*$/, '')}</th>
                <th scope="col">{w.action}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((c) => (
                <tr key={c.dimension}>
                  <th scope="row">{engineWords.dimensions[String(c.dimension) as '1']}</th>
                  <td>{w.ratingChange(c.ratingBefore, c.ratingAfter)}</td>
                  <td>{w.fromTo(levelName(c.minimumBefore), levelName(c.minimumAfter))}</td>
                  <td>{c.direction === 'better' ? w.better : w.worse}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
