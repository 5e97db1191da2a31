import type { Bundle, Condition, Observation, Patient, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import * as oauth from 'oauth4webapi';
import type { RecordResources } from './record-prefill.js';

/**
 * Reading and writing the launching record's FHIR API with the session's access token, through
 * oauth4webapi's protected-resource request (the token goes in the Authorization header, never a URL).
 * Errors carry the status only: a record's answer may hold PHI and is never logged or shown.
 */
export class RecordError extends Error {}

const FHIR_JSON = 'application/fhir+json';
const isLoopback = (url: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export class RecordFhir {
  constructor(
    private readonly base: string,
    private readonly accessToken: string,
  ) {}

  private async call(method: string, path: string, body?: Resource): Promise<unknown> {
    const url = new URL(`${this.base.replace(/\/+$/, '')}/${path}`);
    const headers = new Headers({ accept: FHIR_JSON, ...(body ? { 'content-type': FHIR_JSON } : {}) });
    const res = await oauth.protectedResourceRequest(this.accessToken, method, url, headers, body ? JSON.stringify(body) : null, {
      ...(isLoopback(url)
        ? {
            // eslint-disable-next-line @typescript-eslint/no-deprecated -- meant for exactly this: plain http to loopback only
            [oauth.allowInsecureRequests]: true,
          }
        : {}),
      signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok) throw new RecordError(`the record answered ${method} ${path.split('?')[0] ?? ''} with ${res.status}`);
    return res.json();
  }

  patient(id: string): Promise<Patient> {
    return this.call('GET', `Patient/${encodeURIComponent(id)}`) as Promise<Patient>;
  }

  private async search<T extends Resource>(type: string, query: Record<string, string>): Promise<T[]> {
    const bundle = (await this.call('GET', `${type}?${new URLSearchParams(query).toString()}`)) as Bundle;
    return (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === type ? [e.resource as T] : []));
  }

  /** The patient's recent screenings and conditions: enough to offer answers, not the whole chart. */
  async recent(patientId: string): Promise<RecordResources> {
    const patient = `Patient/${patientId}`;
    const [observations, responses, conditions] = await Promise.all([
      this.search<Observation>('Observation', { patient, category: 'survey', _sort: '-date', _count: '50' }),
      this.search<QuestionnaireResponse>('QuestionnaireResponse', { patient, _sort: '-authored', _count: '20' }),
      this.search<Condition>('Condition', { patient, _count: '50' }),
    ]);
    return { observations, responses, conditions };
  }

  async create(resource: Resource): Promise<void> {
    await this.call('POST', resource.resourceType, resource);
  }
}
