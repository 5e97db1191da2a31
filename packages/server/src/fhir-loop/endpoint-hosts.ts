/**
 * Which program FHIR servers carelevel may send people's records to. An administrator registers the
 * address, but the server makes the requests, so an address is also a way to make carelevel call
 * something inside its own network (server-side request forgery). Two guards: TLS everywhere except
 * loopback (tests, or a system on the same machine), and, where the operator sets one
 * (CARELEVEL_FHIR_ENDPOINT_HOSTS), a list of the only hosts allowed. Pure.
 */

/** One allowed host: `ehr.example.org`, or `*.example.org` for any host under it (not the domain itself). */
export const isHostPattern = (entry: string): boolean =>
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(entry);

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const matches = (host: string, pattern: string): boolean =>
  pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern;

/** Why carelevel may not send to this FHIR base, in words for the field; undefined when it may. */
export function endpointHostProblem(baseUrl: string, allowedHosts: readonly string[] | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return 'must be an http(s) URL';
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:' && !LOOPBACK.has(host)) return 'must use https (plain http only to this machine, for tests)';
  if (allowedHosts && !LOOPBACK.has(host) && !allowedHosts.some((p) => matches(host, p)))
    return `names a host (${host}) that is not among the hosts this server may send to (CARELEVEL_FHIR_ENDPOINT_HOSTS)`;
  return undefined;
}

/** CARELEVEL_FHIR_ENDPOINT_HOSTS as a list, or the first entry that is not a host or `*.domain`. */
export function parseEndpointHosts(value: string): readonly string[] | { readonly problem: string } {
  const entries = value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  const bad = entries.find((e) => !isHostPattern(e));
  if (bad !== undefined) return { problem: `"${bad}" is not a host name or *.domain` };
  if (entries.length === 0) return { problem: 'is empty; leave it unset to allow any https host' };
  return entries;
}
