import { describe, expect, it } from 'vitest';
import { boundedIp, parseTrustedProxies } from './client-address.js';

describe('which proxies to trust', () => {
  it('takes a hop count from 1 to 10, or addresses and CIDR ranges', () => {
    expect(parseTrustedProxies('1')).toBe(1);
    expect(parseTrustedProxies(' 10.0.0.5, 10.1.0.0/16 ,::1')).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
    expect(parseTrustedProxies('0')).toEqual({ problem: 'a hop count must be from 1 to 10' });
    expect(parseTrustedProxies('true')).toEqual({ problem: '"true" is not an IP address or CIDR range' });
    expect(parseTrustedProxies('10.0.0.0/33')).toEqual({ problem: '"10.0.0.0/33" is not an IP address or CIDR range' });
  });

  it('stores only real addresses of bounded length', () => {
    expect(boundedIp('203.0.113.7')).toBe('203.0.113.7');
    expect(boundedIp('2001:db8::1')).toBe('2001:db8::1');
    expect(boundedIp('6.6.6.6, 1.2.3.4')).toBe('unknown');
    expect(boundedIp('x'.repeat(100))).toBe('unknown');
    expect(boundedIp(undefined)).toBe('unknown');
  });
});
