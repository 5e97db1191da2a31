import { LEVELS, LOCALE_MESSAGES, localDate, type AftercarePlan, type LevelCode, type Locale } from '@carelevel/engine';
import PDFDocument from 'pdfkit';
import { planWords } from './plan-words.js';

export type PlanCopy = 'person' | 'clinician';

/** A program named in the plan, as the directory lists it. */
export interface PlanProgram {
  readonly name: string;
  readonly phone: string;
  readonly address: string;
}

export interface PrintablePlan {
  readonly plan: AftercarePlan;
  readonly copy: PlanCopy;
  readonly locale: Locale;
  readonly version: number;
  /** YYYY-MM-DD. */
  readonly updatedOn: string;
  readonly programs: ReadonlyMap<string, PlanProgram>;
  /**
   * Who the plan is for, printed under the title (never in the file's name or metadata), and only for a
   * reader who may see the person's details; the birth date only on the clinician copy.
   */
  readonly person?: { readonly name: string; readonly birthDate: string | null };
  /** Only on the clinician copy, and only for a reader who may see the timeline and assessments. */
  readonly levels?: { readonly current: LevelCode | null; readonly chosen: LevelCode | null; readonly indicated: LevelCode | null };
  /** Tests read the text of uncompressed content streams; served PDFs are compressed. */
  readonly compress?: boolean;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 54;
const CRISIS_RED = '#a4161a';

// The standard PDF fonts cover Windows-1252 (every English and Spanish letter); anything else that a
// person typed into the plan is shown as "?" rather than as a wrong glyph.
const printable = (s: string): string => s.replace(/[^\n\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac]/g, '?');

function heading(doc: Doc, text: string, size = 15): void {
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor('black').text(printable(text));
  doc.moveDown(0.3).font('Helvetica').fontSize(12);
}

function bullets(doc: Doc, items: readonly string[], empty: string): void {
  if (items.length === 0) {
    doc.font('Helvetica-Oblique').text(printable(empty)).font('Helvetica');
    return;
  }
  for (const item of items) doc.text(`\u2022 ${printable(item)}`, { indent: 8 });
}

const contactLine = (c: { name: string; relationship?: string; phone?: string }): string =>
  [c.name, c.relationship ? `(${c.relationship})` : '', c.phone ? `: ${c.phone}` : ''].filter(Boolean).join(' ').replace(' :', ':');

/** 988 and 911 first, in a box on the first page, before anything else the person reads. */
function crisisBox(doc: Doc, p: PrintablePlan): void {
  const w = planWords(p.locale, p.copy);
  const m = LOCALE_MESSAGES[p.locale].aftercare;
  const top = doc.y + 6;
  const width = doc.page.width - 2 * MARGIN;
  doc.y = top + 12;
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .fillColor(CRISIS_RED)
    .text(printable(w.crisisHeading), MARGIN + 14, doc.y, { width: width - 28 });
  doc.moveDown(0.3).fontSize(14).fillColor('black');
  doc.text(printable(m['crisis-988'] ?? 'Call or text 988.'), { width: width - 28 });
  doc.text(printable(m['crisis-911'] ?? 'Call 911.'), { width: width - 28 });
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(11)
    .text(printable(w.helpline), { width: width - 28 });
  const bottom = doc.y + 12;
  doc
    .lineWidth(3)
    .strokeColor(CRISIS_RED)
    .rect(MARGIN, top, width, bottom - top)
    .stroke();
  doc.x = MARGIN;
  doc.y = bottom + 6;
}

function crisisPlan(doc: Doc, p: PrintablePlan): void {
  const w = planWords(p.locale, p.copy);
  const c = p.plan.crisisPlan;
  heading(doc, w.crisisPlan);
  doc.font('Helvetica-Bold').text(printable(w.crisisSteps)).font('Helvetica');
  bullets(doc, c.steps, w.nothingYet);
  doc.moveDown(0.4).font('Helvetica-Bold').text(printable(w.crisisContacts)).font('Helvetica');
  bullets(doc, c.contacts.map(contactLine), w.nothingYet);
  if (c.safePlaces?.length) {
    doc.moveDown(0.4).font('Helvetica-Bold').text(printable(w.safePlaces)).font('Helvetica');
    bullets(doc, c.safePlaces, w.nothingYet);
  }
}

function relapsePlan(doc: Doc, p: PrintablePlan): void {
  const w = planWords(p.locale, p.copy);
  const r = p.plan.relapsePrevention;
  heading(doc, w.relapsePlan);
  const part = (title: string, items: readonly string[]): void => {
    doc.moveDown(0.4).font('Helvetica-Bold').text(printable(title)).font('Helvetica');
    bullets(doc, items, w.nothingYet);
  };
  part(w.triggers, r.triggers);
  if (r.warningSigns?.length) part(w.warningSigns, r.warningSigns);
  part(w.copingSteps, r.copingSteps);
  part(w.peopleToCall, r.peopleToCall.map(contactLine));
}

function services(doc: Doc, p: PrintablePlan): void {
  const w = planWords(p.locale, p.copy);
  const m = LOCALE_MESSAGES[p.locale];
  heading(doc, w.services);
  if (p.plan.components.length === 0) bullets(doc, [], w.nothingYet);
  for (const c of p.plan.components) {
    const name = m.aftercareComponent[c.kind];
    doc.moveDown(0.4).font('Helvetica-Bold').text(printable(name));
    doc.font('Helvetica');
    const why = c.reason ? m.aftercare[c.reason] : undefined;
    if (why) doc.text(printable(why), { indent: 8 });
    if (c.details) doc.text(printable(c.details), { indent: 8 });
    if (c.frequency) doc.text(printable(`${w.how}: ${c.frequency}`), { indent: 8 });
    const program = c.programId ? p.programs.get(c.programId) : undefined;
    const programName = program?.name ?? c.programName;
    // Where to go, its phone and its address stay together on one page: a reader never turns the
    // page in the middle of an address.
    const lines = [
      programName ? `${w.where}: ${programName}` : '',
      program?.phone ? `${w.phone}: ${program.phone}` : '',
      program?.address ? `${w.address}: ${program.address}` : '',
    ]
      .filter(Boolean)
      .map(printable);
    const height = lines.reduce((sum, l) => sum + doc.heightOfString(l, { indent: 8 }), 0);
    if (lines.length > 0 && doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    for (const l of lines) doc.text(l, { indent: 8 });
  }
}

function clinicianDetails(doc: Doc, p: PrintablePlan): void {
  const w = planWords(p.locale, p.copy);
  const names = LOCALE_MESSAGES[p.locale].levels;
  const level = (l: LevelCode | null | undefined): string =>
    l ? `${names[l]} (ASAM-style ${LEVELS[l].crosswalk.asam}; LOCUS ${LEVELS[l].crosswalk.locus.join('/')})` : w.none;
  heading(doc, w.clinicianDetails);
  if (p.levels) {
    doc.text(printable(`${w.currentLevel}: ${level(p.levels.current)}`));
    doc.text(printable(`${w.chosenLevel}: ${level(p.levels.chosen)}`));
    doc.text(printable(`${w.indicatedLevel}: ${level(p.levels.indicated)}`));
  }
  doc.text(printable(`${w.planVersion}: ${p.version}`));
}

/**
 * The aftercare plan as a printable PDF (a plan the person keeps must be one they can print).
 * The crisis box leads the first page; then the crisis plan, the plan to stay on track, and the
 * services with the programs' phone numbers and addresses. The clinician copy adds the levels (with
 * their ASAM-style and LOCUS numbers) and the plan's version; no internal codes, ids or format names.
 */
export function renderPlanPdf(p: PrintablePlan): Promise<Buffer> {
  const w = planWords(p.locale, p.copy);
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    compress: p.compress ?? true,
    lang: p.locale,
    // No name in the metadata either: a PDF's title shows in viewers' window bars and file lists.
    info: { Title: p.copy === 'clinician' ? w.clinicianTitle : w.title, Creator: 'carelevel', Producer: 'carelevel' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => {
      chunks.push(c);
    });
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  doc
    .font('Helvetica-Bold')
    .fontSize(22)
    .text(printable(p.copy === 'clinician' ? w.clinicianTitle : w.title));
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor('#333333')
    .text(printable(w.madeOn(localDate(p.updatedOn, LOCALE_MESSAGES[p.locale].dateLocale))))
    .fillColor('black');
  if (p.person) {
    const born = p.copy === 'clinician' && p.person.birthDate ? localDate(p.person.birthDate, LOCALE_MESSAGES[p.locale].dateLocale) : null;
    doc
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(printable(w.forPerson(p.person.name, born)))
      .font('Helvetica');
  }
  crisisBox(doc, p);
  doc.fontSize(12);
  crisisPlan(doc, p);
  relapsePlan(doc, p);
  services(doc, p);
  if (p.plan.followUpDays) {
    heading(doc, w.followUp);
    doc.text(printable(w.followUpIn(p.plan.followUpDays)));
  }
  if (p.copy === 'clinician') clinicianDetails(doc, p);
  doc.moveDown(1).font('Helvetica-Oblique').fontSize(11).text(printable(w.keepIt));
  doc.end();
  return done;
}
