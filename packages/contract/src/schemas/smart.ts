import { z } from 'zod';

/** An administrator's mapping of a record user to a carelevel account (SMART launch sign-in). */
export const fhirUserLink = z.object({
  /** The record's FHIR base URL, as registered for SMART launch. */
  iss: z.url().max(500),
  /** The record user: `Practitioner/7`, or the absolute URL the record puts in the `fhirUser` claim. */
  fhirUser: z.string().min(1).max(500),
});
export const fhirUserLinks = z.object({ links: z.array(fhirUserLink) });

/** One instrument's item answers read from the health record, to offer in a new assessment. */
export const recordInstrument = z.object({
  key: z.string(),
  answers: z.array(z.number().int().nullable()),
  /** When the record says it was answered (FHIR date or dateTime), where it says. */
  date: z.string().nullable(),
});
/** An instrument total the record keeps without its items: shown to the clinician, never scored. */
export const recordTotal = z.object({ key: z.string(), total: z.number(), date: z.string().nullable() });
export const recordCondition = z.object({ text: z.string(), code: z.string().nullable(), onset: z.string().nullable() });

/** What the health record a session was launched from already knows about the person. */
export const healthRecordPrefill = z.object({
  /** Whether this session was launched from a health record on this person; nothing is offered otherwise. */
  launched: z.boolean(),
  instruments: z.array(recordInstrument),
  totals: z.array(recordTotal),
  conditions: z.array(recordCondition),
});
export type HealthRecordPrefill = z.infer<typeof healthRecordPrefill>;

/** The write-back of a signed assessment to the record it was launched from. */
export const recordWriteBack = z.object({
  outcome: z.enum(['written', 'not-launched', 'not-signed', 'not-allowed', 'failed']),
  /** How many Observations the record accepted. */
  written: z.number().int(),
});
export type RecordWriteBack = z.infer<typeof recordWriteBack>;
