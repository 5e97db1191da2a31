/**
 * Reading Accept-Encoding and Accept-Language (RFC 9110 §12.5): a list of values, each with an
 * optional weight `q` from 0 to 1; q=0 means "not this". Ties go to the order the server prefers,
 * so a browser that lists "gzip, deflate, br" at equal weight still gets brotli, the smaller one.
 */

interface Weighted {
  readonly value: string;
  readonly q: number;
}

function weighted(header: string | undefined): readonly Weighted[] {
  if (!header) return [];
  const out: Weighted[] = [];
  // A header is bounded by the server's header limit; parts past the first 50 say nothing useful.
  for (const part of header.split(',').slice(0, 50)) {
    const [name = '', ...params] = part.split(';');
    const value = name.trim().toLowerCase();
    if (!value) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p);
      if (m) q = Math.min(1, Number(m[1]));
    }
    out.push({ value, q });
  }
  return out;
}

export type ContentEncoding = 'br' | 'gzip';

/** The encoding to send, in the server's order of preference among those the client accepts; null means send it as it is. */
export function preferredEncoding(
  header: string | undefined,
  offered: readonly ContentEncoding[] = ['br', 'gzip'],
): ContentEncoding | null {
  const list = weighted(header);
  const weightOf = (name: string): number => {
    const exact = list.find((w) => w.value === name);
    if (exact) return exact.q;
    return list.find((w) => w.value === '*')?.q ?? 0;
  };
  let best: ContentEncoding | null = null;
  let bestQ = 0;
  for (const e of offered) {
    const q = weightOf(e);
    if (q > bestQ) {
      best = e;
      bestQ = q;
    }
  }
  return best;
}

/**
 * The page language from Accept-Language: the supported language with the highest weight, matched on
 * its primary tag ("es-MX" is Spanish); with no match, the first supported language.
 */
export function preferredLanguage<L extends string>(header: string | undefined, supported: readonly [L, ...L[]]): L {
  let best = supported[0];
  let bestQ = 0;
  for (const { value, q } of weighted(header)) {
    const primary = value.split('-')[0];
    const match = supported.find((l) => l === primary);
    if (match && q > bestQ) {
      best = match;
      bestQ = q;
    }
  }
  return best;
}
