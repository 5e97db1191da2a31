import { INSTRUMENT_BY_KEY } from '@carelevel/engine';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { words } from '../i18n/words.js';
import { shortDate } from '../people/person-name.js';
import type { Draft } from './draft.js';
import { healthRecordKey, readHealthRecord } from './health-record-api.js';
import { fillFromRecord } from './record-fill.js';

const nameOf = (key: string): string => INSTRUMENT_BY_KEY[key]?.name ?? key;
const dateOf = (date: string | null): string | null => (date ? shortDate(date.slice(0, 10)) : null);

/**
 * When the session was opened from a health record (SMART launch): the record's instrument answers,
 * offered to fill the interview (marked until confirmed), its totals and conditions shown to read.
 * Nothing shows for a session not launched from a record.
 */
export function HealthRecordOffer({
  personId,
  draft,
  onFill,
}: {
  readonly personId: string;
  readonly draft: Draft;
  readonly onFill: (draft: Draft, marks: readonly string[]) => void;
}): ReactNode {
  const w = words.assessment;
  const record = useQuery({ queryKey: healthRecordKey(personId), queryFn: () => readHealthRecord(personId), staleTime: Infinity });
  const [filled, setFilled] = useState<number | null>(null);
  if (record.isError) return <p className="notice">{w.recordUnavailable}</p>;
  const r = record.data;
  if (!r?.launched) return null;
  const empty = r.instruments.length === 0 && r.totals.length === 0 && r.conditions.length === 0;
  return (
    <section aria-labelledby="health-record-heading" className="flow-section health-record-offer">
      <h2 id="health-record-heading">{w.recordHeading}</h2>
      {empty ? <p>{w.recordNothing}</p> : <p>{w.recordIntro}</p>}
      {r.instruments.length > 0 ? (
        <>
          <ul>
            {r.instruments.map((i) => (
              <li key={i.key}>{w.recordInstrument(nameOf(i.key), dateOf(i.date))}</li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                const next = fillFromRecord(draft, r);
                setFilled(next.marks.length);
                onFill(next.draft, next.marks);
              }}
            >
              {w.recordFill}
            </button>
          </div>
        </>
      ) : null}
      {r.totals.length > 0 ? (
        <>
          <h3>{w.recordTotalsHeading}</h3>
          <ul>
            {r.totals.map((t) => (
              <li key={t.key}>{w.recordTotal(nameOf(t.key), t.total, dateOf(t.date))}</li>
            ))}
          </ul>
        </>
      ) : null}
      {r.conditions.length > 0 ? (
        <>
          <h3>{w.recordConditionsHeading}</h3>
          <ul>
            {r.conditions.map((c, n) => (
              <li key={`${c.code ?? ''}-${String(n)}`}>{c.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div role="status">{filled === null ? null : <p>{w.recordFilled(filled)}</p>}</div>
    </section>
  );
}
