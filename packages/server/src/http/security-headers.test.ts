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

  it('allow styles, fonts and images from this server only: no https: wildcard, no inline styles', () => {
    const csp = securityHeaders({ tls: false })['content-security-policy'] ?? '';
    const directive = (name: string): string =>
      csp
        .split(';')
        .find((d) => d.trim().startsWith(`${name} `))
        ?.trim() ?? '';
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('font-src')).toBe("font-src 'self'");
    expect(directive('img-src')).toBe("img-src 'self' data:");
    expect(csp).not.toContain('https:');
    expect(csp).not.toContain('unsafe-inline');
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
