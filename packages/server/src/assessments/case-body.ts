import { DomainError, under } from '@carelevel/contract';
import { assess, type Locale, type Recommendation } from '@carelevel/engine';

/**
 * Run the engine on an untrusted case: its own validator judges it (so the API and the engine never
 * disagree), and every field at fault comes back at once, under where the case sat in the request.
 */
export function evaluateCase(input: unknown, locale: Locale, at: readonly string[]): Recommendation {
  const result = assess(input, { locale });
  if (!result.ok) throw new DomainError('invalid-case', under(at, result.errors));
  return result.recommendation;
}
