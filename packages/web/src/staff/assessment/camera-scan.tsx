import { useEffect, useRef, useState, type ReactNode } from 'react';
import { words } from '../i18n/words.js';

type ScanState = 'idle' | 'starting' | 'scanning' | 'no-camera';

/** Whether this browser can open a camera here (it needs a secure page: https, or this machine). */
const cameraPossible = (): boolean =>
  typeof navigator !== 'undefined' && 'mediaDevices' in navigator && 'getUserMedia' in navigator.mediaDevices;

/**
 * Reads the QR code on the person's summary with this device's camera. Frames are decoded here, in
 * the browser (jsQR, loaded only when a scan starts); no picture is kept or sent anywhere. The camera
 * stops as soon as a code is read, on Cancel, and when the page is left.
 */
export function CameraScan({ onCode }: { readonly onCode: (code: string) => void }): ReactNode {
  const w = words.assessment;
  const [state, setState] = useState<ScanState>('idle');
  const video = useRef<HTMLVideoElement>(null);
  const stop = useRef<() => void>(() => undefined);
  useEffect(
    () => () => {
      stop.current();
    },
    [],
  );
  if (!cameraPossible()) return null;

  const start = async (): Promise<void> => {
    setState('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      setState('no-camera');
      return;
    }
    const { default: jsQR } = await import('jsqr');
    let running = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    stop.current = () => {
      running = false;
      if (timer) clearTimeout(timer);
      for (const track of stream.getTracks()) track.stop();
    };
    const el = video.current;
    if (!el) {
      stop.current();
      return;
    }
    el.srcObject = stream;
    await el.play().catch(() => undefined);
    setState('scanning');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    // A few frames a second is plenty to catch a code held still, and spares a phone's battery.
    const look = (): void => {
      if (!running || !context) return;
      if (el.videoWidth > 0) {
        canvas.width = el.videoWidth;
        canvas.height = el.videoHeight;
        context.drawImage(el, 0, 0);
        const frame = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
        if (found?.data) {
          stop.current();
          setState('idle');
          onCode(found.data);
          return;
        }
      }
      timer = setTimeout(look, 200);
    };
    look();
  };

  return (
    <div className="camera-scan">
      {state === 'idle' || state === 'no-camera' ? (
        <button type="button" className="button button--secondary" onClick={() => void start()}>
          {w.scanWithCamera}
        </button>
      ) : null}
      {state === 'no-camera' ? (
        <p className="field-error" role="alert">
          {w.noCamera}
        </p>
      ) : null}
      <div hidden={state !== 'scanning' && state !== 'starting'}>
        <p role="status">{state === 'scanning' ? w.scanning : w.cameraStarting}</p>
        <video ref={video} className="camera-view" muted playsInline aria-label={w.cameraView} />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            stop.current();
            setState('idle');
          }}
        >
          {w.stopScanning}
        </button>
      </div>
    </div>
  );
}
