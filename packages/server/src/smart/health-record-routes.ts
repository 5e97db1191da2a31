import { assessmentParams, healthRecordPrefill, idParams, recordWriteBack } from '@carelevel/contract';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { appendAudit } from '../audit/audit-store.js';
import { observationsOf } from '../fhir/observation.js';
import { answers } from '../http/answers.js';
import { changerOf } from '../http/client-address.js';
import type { ServerContext } from '../http/context.js';
import { forRecord } from './for-record.js';
import { RecordFhir } from './record-fhir.js';
import { prefillFrom } from './record-prefill.js';
import { registeredRecord, type SmartOptions } from './smart-records.js';
import { mayWriteObservations } from './smart-scopes.js';
import { tokenFor } from './smart-store.js';

/** What a session launched from a health record does with it: read it for a prefill, write a signed assessment back. */
export const healthRecordRoutes: FastifyPluginCallbackZod<{ ctx: ServerContext; smart: SmartOptions | undefined }> = (
  app,
  { ctx, smart },
  done,
) => {
  const { db } = ctx;
  const tags = ['smart'];
  /** The record this session was launched from on this person, with its token; none for any other session. */
  const launchedOn = async (sessionHash: string | undefined, personId: string) => {
    const token = await tokenFor(db, sessionHash, personId);
    const record = token ? registeredRecord(smart, token.iss) : undefined;
    return token && record ? { token, fhir: new RecordFhir(record.iss, token.accessToken) } : undefined;
  };

  app.get(
    '/api/v1/people/:id/health-record',
    {
      config: { access: 'assessors', personData: true },
      schema: {
        tags,
        summary: 'What the health record this session was launched from knows about the person (answers to offer)',
        params: idParams,
        response: answers({ 200: healthRecordPrefill }),
      },
    },
    async (req) => {
      // Only a session launched on this person has a record to read: any other gets nothing, reads nothing.
      const launched = await launchedOn(req.principal?.sessionHash, req.params.id);
      if (!launched) return { launched: false, instruments: [], totals: [], conditions: [] };
      await req.records.people.read(req.params.id);
      try {
        return prefillFrom(await launched.fhir.recent(launched.token.patientId));
      } catch {
        req.log.warn('reading the health record for a prefill failed');
        return { launched: true, instruments: [], totals: [], conditions: [] };
      }
    },
  );

  app.post(
    '/api/v1/people/:id/assessments/:assessmentId/health-record',
    {
      config: { access: 'assessors', personData: true },
      schema: {
        tags,
        summary: 'Write a signed assessment back to the health record this session was launched from (where its scopes allow)',
        params: assessmentParams,
        response: answers({ 200: recordWriteBack }),
      },
    },
    async (req) => {
      const launched = await launchedOn(req.principal?.sessionHash, req.params.id);
      if (!launched) return { outcome: 'not-launched', written: 0 } as const;
      const { token, fhir } = launched;
      const a = await req.records.assessments.read(req.params.id, req.params.assessmentId);
      if (!a.signedAt) return { outcome: 'not-signed', written: 0 } as const;
      if (!mayWriteObservations(token.scope)) return { outcome: 'not-allowed', written: 0 } as const;
      const observations = forRecord(observationsOf(a), token.patientId);
      let written = 0;
      try {
        for (const o of observations) {
          await fhir.create(o);
          written += 1;
        }
      } catch {
        req.log.warn({ written }, 'writing back to the health record failed');
      }
      // A disclosure to another system: the audit log says who sent which assessment to the record.
      if (written > 0)
        await appendAudit(
          db,
          [{ action: 'create', entityType: 'record-write-back', entityId: a.id, personId: a.personId }],
          changerOf(req),
        );
      return { outcome: written === observations.length ? 'written' : 'failed', written } as const;
    },
  );

  done();
};
