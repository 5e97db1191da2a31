import type { RecordWriteBack } from '@carelevel/contract';
import type { ReactNode } from 'react';
import { words } from '../i18n/words.js';

/** What became of the write-back to the health record after signing; nothing for a session not launched from one. */
export function WriteBackStatus({
  state,
}: {
  readonly state: { readonly isPending: boolean; readonly isError: boolean; readonly data: RecordWriteBack | undefined };
}): ReactNode {
  const w = words.assessment.writeBack;
  const outcome = state.isError ? 'failed' : state.data?.outcome;
  const text = state.isPending
    ? w.pending
    : outcome === 'written'
      ? w.written(state.data?.written ?? 0)
      : outcome === 'not-allowed' || outcome === 'failed'
        ? w[outcome]
        : null;
  return (
    <div role="status" data-testid="write-back">
      {text ? <p className={outcome === 'failed' ? 'notice notice--warning' : 'notice'}>{text}</p> : null}
    </div>
  );
}
