import type { Condition, Rule, RuleSet } from './rule-types.js';

/** A condition in words a clinician can check, e.g. `sedativeWithdrawal ≥ moderate AND noMonitoringAtHome`. */
export function describeCondition(c: Condition): string {
  if ('all' in c) return c.all.map((p) => wrap(p, 'any')).join(' AND ');
  if ('any' in c) return c.any.map((p) => wrap(p, 'all')).join(' OR ');
  if ('is' in c) return c.fact;
  if ('below' in c) return `${c.fact} < ${c.below}`;
  return `${c.fact} ≥ ${String(c.atLeast)}`;
}

function wrap(c: Condition, parenthesize: 'all' | 'any'): string {
  const text = describeCondition(c);
  return parenthesize in c ? `(${text})` : text;
}

function effect(r: Rule): string {
  switch (r.kind) {
    case 'dimension': {
      const parts = [`D${r.dimension} rating ${r.rating}`, `at least ${r.minimumLevel}`];
      if (r.withdrawalManagement) parts.push(`withdrawal management ${r.withdrawalManagement}`);
      if (r.crisis) parts.push(`**crisis: ${r.crisis}**`);
      if (r.urgent) parts.push(`urgent: ${r.urgent}`);
      return parts.join('; ');
    }
    case 'combination':
      return `dimensions ${r.dimensions.join('+')}: at least ${r.minimumLevel}`;
    case 'medication':
      return `offer medication for ${r.offer}${unless(r.unless)}`;
    case 'warning':
      return `warning \`${r.warning}\`${unless(r.unless)}`;
    case 'support':
      return `support \`${r.support}\`${unless(r.unless)}`;
  }
}

const unless = (c: Condition | undefined): string => (c === undefined ? '' : `, unless ${describeCondition(c)}`);

/** The whole rule set as a Markdown table, for docs/rules-catalogue.md (kept current by a test). */
export function ruleCatalogue(set: RuleSet): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = [
    `# Rule catalogue, version ${set.version}`,
    '',
    'Generated from `packages/engine/src/rules/rule-set.ts` by `npm run rules:doc`; a test fails when it is out of date.',
    'Read `docs/rules.md` for how rules combine. Fact names are defined in `packages/engine/src/rules/fact-registry.ts`.',
    '',
    '| rule | when | then | why | sources |',
    '|---|---|---|---|---|',
  ];
  for (const r of set.rules) {
    lines.push(
      `| \`${r.id}\` | ${esc(describeCondition(r.when))} | ${esc(effect(r))} | ${esc(r.rationale)} | ${r.sources.map((s) => `\`${s}\``).join(', ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
