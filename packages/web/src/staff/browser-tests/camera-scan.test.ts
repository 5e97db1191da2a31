import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../assessment/answer-code.js';
import { VIGNETTE_ANSWERS } from '../../assessment/vignette-answers.js';
import { expectNoAxeViolations } from '../../browser-tests/axe.js';
import { shownAnswers } from '../../questions/question-set.js';
import { HAVE_CHROMIUM, startStaffHarness, type StaffHarness } from './staff-harness.js';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A video of the person's QR code held in front of a camera, as Chromium's fake camera plays it: raw
 * YUV 4:2:0 frames (Y4M), the code black on white, centred, with its quiet zone.
 */
function qrVideo(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + 8));
  const left = Math.floor((WIDTH - modules.size * scale) / 2);
  const top = Math.floor((HEIGHT - modules.size * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < modules.size * scale; y++)
    for (let x = 0; x < modules.size * scale; x++)
      if (modules.get(Math.floor(x / scale), Math.floor(y / scale))) luma[(top + y) * WIDTH + left + x] = 16;
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), frame, frame, frame]);
}

const code = encodeAnswers(shownAnswers(VIGNETTE_ANSWERS[0]?.answers ?? {}));

describe.skipIf(!HAVE_CHROMIUM)("scanning the person's QR code with the clinician's camera, in Chromium", () => {
  let h: StaffHarness;
  let noCamera: StaffHarness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'carelevel-camera-'));
    const video = join(dir, 'qr.y4m');
    writeFileSync(video, qrVideo(code));
    h = await startStaffHarness({
      chromiumArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    noCamera = await startStaffHarness();
  });
  afterAll(async () => {
    await h?.close();
    await noCamera?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the code from the camera, fills the interview with it marked, and turns the camera off', async () => {
    const api = await h.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Iker', familyName: 'Camara' });
    const page = await h.newPage();
    await h.signIn(page, 'clinician');
    await page.goto(`${h.staffUrl}#/people/${person.id}/assessments/new`);
    await page.getByRole('button', { name: 'Scan the QR code with the camera' }).click();
    await page.getByText(/^Filled \d+ answers from the person’s self-assessment/).waitFor();
    expect(await page.getByLabel('Answer code').inputValue()).toBe(code);
    expect(await page.locator('.from-person[data-source="self-assessment"]').count()).toBeGreaterThan(10);
    const cameraOff = await page.evaluate(() => {
      const v = document.querySelector<HTMLVideoElement>('video.camera-view');
      const stream = v?.srcObject as MediaStream | null | undefined;
      return stream ? stream.getTracks().every((t) => t.readyState === 'ended') : true;
    });
    expect(cameraOff).toBe(true);
    await expectNoAxeViolations(page, 'interview filled from the camera');
  });

  it('says plainly when there is no camera, and the code can still be typed', async () => {
    const api = await noCamera.apiAs('clinician');
    const person = await api.post<{ id: string }>('api/v1/people', { givenName: 'Sin', familyName: 'Camara' });
    const page = await noCamera.newPage();
    await noCamera.signIn(page, 'clinician');
    await page.goto(`${noCamera.staffUrl}#/people/${person.id}/assessments/new`);
    await page.getByRole('button', { name: 'Scan the QR code with the camera' }).click();
    await page.getByRole('alert').filter({ hasText: 'The camera could not be opened' }).waitFor();
    await expectNoAxeViolations(page, 'no camera');
    await page.getByLabel('Answer code').fill(code);
    await page.getByRole('button', { name: 'Fill the interview' }).click();
    await page.getByText(/^Filled \d+ answers/).waitFor();
  });
});
