import type { ReactNode } from 'react';

export interface RepeatingRowsProps<Row> {
  readonly title: string;
  /** A heading over the rows (a section of a longer form), or a fieldset's legend (the rows are one question). */
  readonly titleAs: 'heading' | 'legend';
  readonly rows: readonly Row[];
  readonly empty: Row;
  readonly onChange: (rows: Row[]) => void;
  readonly legend: (n: number) => string;
  readonly removeLabel: (n: number) => string;
  readonly addLabel: string;
  /** The fields of row `i`; `set(name)` changes one of them. */
  readonly fields: (row: Row, i: number, set: (name: keyof Row) => (v: string) => void) => ReactNode;
  readonly className?: string;
  readonly rowClassName?: string;
}

function update<Row>(rows: readonly Row[], i: number, patch: Partial<Row>): Row[] {
  return rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
}

/** A group of fields that repeats: one fieldset a row (named by its number), each removable, and a button to add one. */
export function RepeatingRows<Row>(p: RepeatingRowsProps<Row>): ReactNode {
  const body = (
    <>
      {p.rows.map((row, i) => (
        <fieldset key={i} className={p.rowClassName ?? 'card row-group'}>
          <legend>{p.legend(i + 1)}</legend>
          {p.fields(row, i, (name) => (v) => {
            p.onChange(update(p.rows, i, { [name]: v } as Partial<Row>));
          })}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              p.onChange(p.rows.filter((_, j) => j !== i));
            }}
          >
            {p.removeLabel(i + 1)}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          p.onChange([...p.rows, p.empty]);
        }}
      >
        {p.addLabel}
      </button>
    </>
  );
  return p.titleAs === 'legend' ? (
    <fieldset className={p.className ?? 'repeating'}>
      <legend>{p.title}</legend>
      {body}
    </fieldset>
  ) : (
    <div className={p.className ?? 'repeating'}>
      <h3>{p.title}</h3>
      {body}
    </div>
  );
}
