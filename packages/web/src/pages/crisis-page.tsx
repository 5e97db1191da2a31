import type { CrisisKind } from '@carelevel/engine';
import type { ReactElement } from 'react';
import { PageHeading } from '../components/page-heading.js';
import { useEngineWords } from '../components/use-engine-words.js';
import type { UiWords } from '../i18n/ui-en.js';
import type { Lang } from '../questions/question-types.js';

interface Props {
  readonly t: UiWords;
  readonly lang: Lang;
  readonly kind: CrisisKind | null;
  readonly onBack: () => void;
}

/** Shown the moment an answer shows danger, before anything else. The words are the engine's. */
export function CrisisPage({ t, lang, kind, onBack }: Props): ReactElement {
  const c = t.crisis;
  const words = useEngineWords(lang);
  return (
    <section className="crisis" aria-labelledby="crisis-title">
      <div id="crisis-title">
        <PageHeading focusKey={`crisis-${kind ?? ''}`}>{c.title}</PageHeading>
      </div>
      <p className="crisis-message" aria-live="polite">
        {kind !== null && words !== null ? words.crisis[kind] : ''}
      </p>
      <p>{c.lead}</p>
      <ul className="call-list">
        <li>
          <a className="call" href="tel:988">
            {c.call988}
          </a>
        </li>
        <li>
          <a className="call" href="sms:988">
            {c.text988}
          </a>
        </li>
        <li>
          <a className="call" href="tel:911">
            {c.call911}
          </a>
        </li>
        <li>
          <a className="call" href="tel:18006624357">
            {c.helpline}
          </a>
        </li>
      </ul>
      <p>{c.er}</p>
      <button type="button" onClick={onBack}>
        {c.back}
      </button>
    </section>
  );
}
