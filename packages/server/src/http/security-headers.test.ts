import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

describe('security headers', () => {
  it('forbid framing, sniffing and foreign scripts', () => {
    const h = securityHeaders({ tls: false });
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).toContain("script-src 'self'");
    expect(h['content-security-policy']).toContain("default-src 'self'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['referrer-policy']).toBe('no-referrer');
  });

  it('send HSTS and upgrade-insecure-requests only behind TLS', () => {
    const plain = securityHeaders({ tls: false });
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(plain['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const tls = securityHeaders({ tls: true });
    expect(tls['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(tls['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});
