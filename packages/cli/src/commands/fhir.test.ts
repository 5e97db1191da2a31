import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.js';

/** The real, built command against a SQLite file of its own, as a site without a live connection uses it. */
describe('carelevel fhir import and export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carelevel-fhir-'));
  const file = (name: string, body: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
    return path;
  };
  const run = (args: string[], input?: string) => runCli([...args, '--data-dir', dir], input === undefined ? {} : { input });
  let personId = '';

  it('adds a person from a Patient file and fills an instrument from a QuestionnaireResponse file, as a named account', () => {
    expect(run(['users', 'add', '--email', 'doc@example.test', '--role', 'clinician'], 'correct horse battery staple').status).toBe(0);
    const patient = run([
      'fhir',
      'import',
      file('patient.json', { resourceType: 'Patient', name: [{ family: 'Okafor', given: ['Ada'] }], birthDate: '1990-01-31' }),
      '--as',
      'doc@example.test',
    ]);
    expect(patient.status, patient.stderr).toBe(0);
    personId = /^stored Patient\/([0-9a-f-]{36})\n$/.exec(patient.stdout)?.[1] ?? '';
    expect(personId).not.toBe('');
    const response = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'https://carelevel.org/fhir/Questionnaire/phq2',
      status: 'completed',
      subject: { reference: `Patient/${personId}` },
      item: [
        { linkId: 'interest', answer: [{ valueInteger: 2 }] },
        { linkId: 'mood', answer: [{ valueInteger: 3 }] },
      ],
    };
    const filled = run(['fhir', 'import', file('phq2.json', response), '--as', 'doc@example.test']);
    expect(filled.status, filled.stderr).toBe(0);
    expect(filled.stdout).toMatch(/^stored QuestionnaireResponse\/[0-9a-f-]{36}\.phq2\n$/);
  });

  it('exports everything the account may see about the person as one Bundle, to a file', () => {
    const out = join(dir, 'export.json');
    const r = run(['fhir', 'export', '--patient', personId, '--as', 'doc@example.test', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as {
      type: string;
      entry: { resource: { resourceType: string; valueInteger?: number } }[];
    };
    expect(bundle.type).toBe('collection');
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types[0]).toBe('Patient');
    expect(types).toEqual(expect.arrayContaining(['QuestionnaireResponse', 'Observation']));
    expect(bundle.entry.some((e) => e.resource.resourceType === 'Observation' && e.resource.valueInteger === 5)).toBe(true);
  });

  it('names what is wrong with a file, an account or an id, and stores nothing', () => {
    const notJson = run(['fhir', 'import', file('broken.json', '{ "resourceType": '), '--as', 'doc@example.test']);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('is not JSON');
    const badAnswer = run([
      'fhir',
      'import',
      file('bad.json', {
        resourceType: 'QuestionnaireResponse',
        questionnaire: 'https://carelevel.org/fhir/Questionnaire/phq2',
        status: 'completed',
        subject: { reference: `Patient/${personId}` },
        item: [{ linkId: 'interest', answer: [{ valueInteger: 7 }] }],
      }),
      '--as',
      'doc@example.test',
    ]);
    expect(badAnswer.status).toBe(2);
    expect(badAnswer.stderr).toContain('file.item[0].answer[0].valueInteger: must be one of 0, 1, 2, 3');
    expect(badAnswer.stderr).toContain('needs an answer to mood');
    const other = run(['fhir', 'import', file('obs.json', { resourceType: 'Observation' }), '--as', 'doc@example.test']);
    expect(other.stderr).toContain('file.resourceType: must be QuestionnaireResponse or Patient');
    const nobody = run(['fhir', 'export', '--patient', personId, '--as', 'nobody@example.test']);
    expect(nobody.status).toBe(2);
    expect(nobody.stderr).toContain('--as: is not an account that can act: nobody@example.test');
    expect(run(['fhir', 'export', '--patient', 'Patient/12', '--as', 'doc@example.test']).stderr).toContain(
      '--patient: must be a carelevel person id',
    );
  });
});
