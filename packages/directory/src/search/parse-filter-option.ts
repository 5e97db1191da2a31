import { SearchInputError } from './search-programs.js';

/**
 * A comma- or space-separated option value ("medicaid,sliding-fee") checked against its vocabulary,
 * so the CLI and the HTTP API reject unknown words the same way, naming the option and the rule.
 */
export function parseFilterOption<T extends string>(
  option: string,
  raw: string | readonly string[] | undefined,
  vocabulary: readonly T[],
): T[] | undefined {
  if (raw === undefined) return undefined;
  const items = (typeof raw === 'string' ? [raw] : raw)
    .flatMap((r) => r.split(/[,\s]+/))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = items.filter((s) => !(vocabulary as readonly string[]).includes(s));
  if (bad.length > 0) throw new SearchInputError(option, `${bad.map((b) => `"${b}"`).join(', ')} is not one of ${vocabulary.join(', ')}`);
  return [...new Set(items)] as T[];
}

export function parseLanguageOption(option: string, raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const items = raw
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const bad = items.filter((s) => !/^[a-z]{2,3}$/.test(s));
  if (bad.length > 0) throw new SearchInputError(option, `${bad.map((b) => `"${b}"`).join(', ')} is not a language code like "es" or "vi"`);
  return items;
}

export function parseNumberOption(
  option: string,
  raw: string | undefined,
  rule: { min: number; max: number; integer?: boolean },
): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const ok = raw.trim() !== '' && Number.isFinite(n) && n >= rule.min && n <= rule.max && (!rule.integer || Number.isInteger(n));
  if (!ok)
    throw new SearchInputError(
      option,
      `must be ${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}, got "${raw}"`,
    );
  return n;
}
