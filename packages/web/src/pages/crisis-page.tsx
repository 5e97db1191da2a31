import type { CrisisKind } from '@carelevel/engine';
import type { ReactElement } from 'react';
import { crisisCalls } from '../components/crisis-calls.js';
import { PageHeading } from '../components/page-heading.js';
import { useEngineWords } from '../components/use-engine-words.js';
import type { UiWords } from '../i18n/ui-en.js';
import type { Lang } from '../questions/question-types.js';

interface Props {
  readonly t: UiWords;
  readonly lang: Lang;
  /** Every danger answered, most urgent first: each gets the engine's words. */
  readonly kinds: readonly CrisisKind[];
  readonly onBack: () => void;
}

/** Shown the moment an answer shows danger, before anything else. The words are the engine's. */
export function CrisisPage({ t, lang, kinds, onBack }: Props): ReactElement {
  const c = t.crisis;
  const words = useEngineWords(lang);
  return (
    <section className="crisis" aria-labelledby="crisis-title">
      <div id="crisis-title">
        <PageHeading focusKey={`crisis-${kinds.join('-')}`}>{c.title}</PageHeading>
      </div>
      <div className="crisis-message" aria-live="polite">
        {words === null ? null : [...new Set(kinds.map((k) => words.crisis[k]))].map((m) => <p key={m}>{m}</p>)}
      </div>
      <p>{c.lead}</p>
      <ul className="call-list">
        {crisisCalls(kinds).map(({ href, key }) => (
          <li key={href}>
            <a className="call" href={href} data-call={href}>
              {c[key]}
            </a>
          </li>
        ))}
      </ul>
      <p>{c.er}</p>
      <button type="button" onClick={onBack}>
        {c.back}
      </button>
    </section>
  );
}
