import { isIP } from 'node:net';

/**
 * The client address as stored (audit rows, sessions): an IP address, or `unknown`. With a trusted
 * proxy the address comes from `X-Forwarded-For`, which a client can fill with anything; only a real
 * address of bounded length is kept.
 */
export function boundedIp(ip: string | undefined): string {
  return ip !== undefined && ip.length <= 64 && isIP(ip) !== 0 ? ip : 'unknown';
}

/**
 * Which proxies to believe about the client's address: a number of hops (the proxies in front, each
 * of which appends to `X-Forwarded-For`), or the proxies' own addresses and CIDR ranges. Never "all":
 * that lets a client name its own address and slip the sign-in limiter or forge the audit log.
 */
export type TrustedProxies = number | readonly string[];

/** Parse `--trusted-proxies`: `1`, `2`, … or `10.0.0.5,10.1.0.0/16`; a problem is a sentence. */
export function parseTrustedProxies(value: string): TrustedProxies | { readonly problem: string } {
  const v = value.trim();
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return hops >= 1 && hops <= 10 ? hops : { problem: 'a hop count must be from 1 to 10' };
  }
  const items = v.split(',').map((s) => s.trim());
  const bad = items.find((s) => {
    const [address, bits, ...rest] = s.split('/');
    if (rest.length > 0 || !address || isIP(address) === 0) return true;
    if (bits === undefined) return false;
    const max = isIP(address) === 4 ? 32 : 128;
    return !/^\d{1,3}$/.test(bits) || Number(bits) > max;
  });
  return bad === undefined ? items : { problem: `"${bad}" is not an IP address or CIDR range` };
}

/** Who is making a change through the API, for its audit row: the signed-in user (or nobody yet) and their address. */
export function changerOf(
  req: { readonly principal: { readonly userId: string } | null; readonly ip: string },
  actorId?: string | null,
): {
  readonly actorId: string | null;
  readonly ip: string;
} {
  return { actorId: actorId === undefined ? (req.principal?.userId ?? null) : actorId, ip: boundedIp(req.ip) };
}
