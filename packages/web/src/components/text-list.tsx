import type { ReactElement } from 'react';

interface Props {
  readonly items: readonly string[];
  /** A heading above the list; nothing at all is shown when the list is empty. */
  readonly title?: string;
  readonly level?: 2 | 3;
}

/** A list of sentences (reasons, questions, supports) under an optional heading. */
export function TextList({ items, title, level = 3 }: Props): ReactElement | null {
  if (items.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {title !== undefined ? <Heading>{title}</Heading> : null}
      <ul>
        {items.map((s, i) => (
          <li key={`${String(i)}-${s}`}>{s}</li>
        ))}
      </ul>
    </>
  );
}
