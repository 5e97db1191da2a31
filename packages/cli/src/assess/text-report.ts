import { LOCALE_MESSAGES, type Locale, type Recommendation } from '@carelevel/engine';

/** A plain-text report of a recommendation for a terminal, in the recommendation's language. */
export function textReport(r: Recommendation, locale: Locale): string {
  const m = LOCALE_MESSAGES[locale];
  const es = locale === 'es';
  const lines: string[] = [];
  if (r.crisis) {
    lines.push(`!! ${es ? 'CRISIS' : 'CRISIS'} (${r.crisis.kind}): ${r.crisis.message}`, '');
  }
  lines.push(`${es ? 'Nivel recomendado' : 'Recommended level'}: ${m.levels[r.level]} [${r.level}]`);
  lines.push(
    `${es ? 'Abstinencia' : 'Withdrawal management'}: ${m.withdrawalManagement[r.withdrawalManagement]} [${r.withdrawalManagement}]`,
  );
  if (r.offerMedication.length > 0) {
    lines.push(`${es ? 'Ofrecer' : 'Offer'}: ${r.offerMedication.map((o) => m.medication[o]).join('; ')}`);
  }
  lines.push('');
  for (const d of r.dimensions) {
    const binding = r.binding.includes(d.dimension) ? (es ? '  ← define el nivel' : '  ← sets the level') : '';
    lines.push(
      `${d.dimension}. ${d.name ?? ''} — ${es ? 'puntaje' : 'rating'} ${d.rating}/4, ${es ? 'mínimo' : 'minimum'} ${d.minimumLevel}${binding}`,
    );
    for (const reason of d.reasons) lines.push(`   - ${reason}`);
  }
  const section = (title: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    lines.push('', `${title}:`);
    for (const i of items) lines.push(`  - ${i}`);
  };
  section(es ? 'Qué lo cambiaría' : 'What would change this', r.whatWouldChange);
  section(es ? 'Supuestos' : 'Assumptions', r.assumptions);
  section(es ? 'Advertencias' : 'Warnings', r.warnings);
  const scores = Object.entries(r.scores);
  if (scores.length > 0)
    section(
      es ? 'Puntajes' : 'Scores',
      scores.map(([k, s]) => `${k}: ${s.total} (${s.band})`),
    );
  lines.push('', `${es ? 'Reglas' : 'Rules'} ${r.rulesVersion}. ${r.notice ?? ''}`);
  return `${lines.join('\n')}\n`;
}
