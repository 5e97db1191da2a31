import { fill } from '../i18n/i18n.js';
import type { UiWords } from '../i18n/ui-en.js';
import type { ProgramSearchResponse } from './program-search.js';

export type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; badZip: boolean } | { kind: 'done'; res: ProgramSearchResponse; radius: number };

/** The one line a screen reader hears after a search. */
export function statusText(state: State, p: UiWords['programs']): string {
  switch (state.kind) {
    case 'done':
      // The server sends one page (20); saying "27 found" over a list of 20 would hide 7 silently.
      if (state.res.total > state.res.results.length && state.res.results.length > 0)
        return fill(p.foundSome, { n: state.res.total, shown: state.res.results.length });
      return state.res.total === 0 ? p.none : state.res.total === 1 ? p.foundOne : fill(p.found, { n: state.res.total });
    case 'error':
      return state.badZip ? p.zipUnknown : p.error;
    case 'idle':
    case 'busy':
      return '';
  }
}
