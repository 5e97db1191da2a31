import { useId, useState, type ReactElement } from 'react';
import type { UiWords } from '../i18n/ui-en.js';
import type { Lang } from '../questions/question-types.js';
import { estimateCost } from './cost-estimate.js';

type Field = 'rate' | 'days' | 'deductible' | 'coinsurance' | 'oopMax';

/** The person's own numbers in, a rough share out. Nothing here is sent anywhere. */
export function CostEstimator({ t, lang, days }: { t: UiWords; lang: Lang; days: number }): ReactElement {
  const c = t.costGuide;
  const id = useId();
  const [v, setV] = useState<Record<Field, string>>({ rate: '', days: String(days), deductible: '', coinsurance: '20', oopMax: '' });
  const n = (f: Field): number => Number(v[f] || 0);
  const e = estimateCost({
    ratePerDay: n('rate'),
    days: n('days'),
    deductible: n('deductible'),
    coinsurancePercent: n('coinsurance'),
    ...(v.oopMax === '' ? {} : { outOfPocketMax: n('oopMax') }),
  });
  const fmt = new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const fields: [Field, string][] = [
    ['rate', c.rate],
    ['days', c.days],
    ['deductible', c.deductible],
    ['coinsurance', c.coinsurance],
    ['oopMax', c.oopMax],
  ];
  return (
    <form
      className="estimator"
      onSubmit={(ev) => {
        ev.preventDefault();
      }}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{c.estimator}</h3>
      <p className="hint">{c.hint}</p>
      {fields.map(([f, label]) => (
        <div className="field" key={f}>
          <label htmlFor={`${id}-${f}`}>{label}</label>
          {f === 'days' ? (
            <p className="hint" id={`${id}-days-hint`}>
              {c.daysHint}
            </p>
          ) : null}
          <input
            id={`${id}-${f}`}
            aria-describedby={f === 'days' ? `${id}-days-hint` : undefined}
            type="text"
            inputMode="decimal"
            value={v[f]}
            size={8}
            onChange={(ev) => {
              const s = ev.currentTarget.value.replace(/[^\d.]/g, '');
              setV((old) => ({ ...old, [f]: s }));
            }}
          />
        </div>
      ))}
      <dl className="facts" aria-live="polite">
        <div>
          <dt>{c.total}</dt>
          <dd>{fmt.format(e.total)}</dd>
        </div>
        <div>
          <dt>{c.youPay}</dt>
          <dd>{fmt.format(e.youPay)}</dd>
        </div>
        <div>
          <dt>{c.planPays}</dt>
          <dd>{fmt.format(e.planPays)}</dd>
        </div>
      </dl>
    </form>
  );
}
