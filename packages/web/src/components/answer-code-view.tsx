import QRCode from 'qrcode';
import { useMemo, type ReactElement } from 'react';
import { encodeAnswers } from '../assessment/answer-code.js';
import type { UiWords } from '../i18n/ui-en.js';
import { shownAnswers } from '../questions/question-set.js';
import type { Answers } from '../questions/question-types.js';

/** The QR code's dark squares as one SVG path (no markup injected, nothing fetched). */
function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let y = 0; y < modules.size; y++)
    for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) d += `M${String(x)} ${String(y)}h1v1h-1z`;
  return { size: modules.size, d };
}

/**
 * The answers as a code to bring to intake, in text and as a QR code: made here, on the device, from
 * what is already on screen; nothing leaves the device. A clinician scans or types it into a new
 * assessment in the staff workspace.
 */
export function AnswerCodeView({ t, answers }: { readonly t: UiWords; readonly answers: Answers }): ReactElement {
  const s = t.summary;
  // Only answers to questions this person was shown (a branch opened and closed again does not count).
  const code = useMemo(() => encodeAnswers(shownAnswers(answers)), [answers]);
  const qr = useMemo(() => qrPath(code), [code]);
  const quiet = 4;
  const box = qr.size + quiet * 2;
  return (
    <section className="answer-code" aria-labelledby="answer-code-title">
      <h2 id="answer-code-title">{s.codeTitle}</h2>
      <p>{s.codeLead}</p>
      <svg
        role="img"
        aria-label={s.codePicture}
        viewBox={`${String(-quiet)} ${String(-quiet)} ${String(box)} ${String(box)}`}
        width="176"
        height="176"
        shapeRendering="crispEdges"
      >
        <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
        <path d={qr.d} fill="#000" />
      </svg>
      <p>
        {s.codeLabel}: <code data-answer-code>{code}</code>
      </p>
    </section>
  );
}
