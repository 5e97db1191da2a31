import { useState, type ReactElement } from 'react';
import { PageHeading } from '../components/page-heading.js';
import type { UiWords } from '../i18n/ui-en.js';

interface Props {
  readonly t: UiWords;
  readonly hasSaved: boolean;
  readonly onStart: () => void;
  readonly onResume: () => void;
  readonly onClear: () => void;
}

/** What the levels are, in plain words, and one clear way in. */
export function HomePage({ t, hasSaved, onStart, onResume, onClear }: Props): ReactElement {
  const h = t.homePage;
  const [cleared, setCleared] = useState(false);
  return (
    <>
      <PageHeading focusKey="home">{h.title}</PageHeading>
      <p className="lead">{h.lead}</p>
      <p>{h.privacy}</p>
      <div className="actions">
        {hasSaved ? (
          <>
            <button type="button" className="primary" onClick={onResume}>
              {h.resume}
            </button>
            <button type="button" onClick={onStart}>
              {h.restart}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={onStart}>
            {h.start}
          </button>
        )}
      </div>
      {hasSaved ? (
        <p>
          <button
            type="button"
            className="link"
            onClick={() => {
              onClear();
              setCleared(true);
            }}
          >
            {h.clear}
          </button>
        </p>
      ) : null}
      <p role="status">{cleared ? h.cleared : ''}</p>
      <h2>{h.levelsTitle}</h2>
      <dl className="levels">
        {t.levelsExplained.map(([name, what]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="notice">{h.notice}</p>
    </>
  );
}
