import { describe, expect, it } from 'vitest';
import { preferredEncoding, preferredLanguage } from './content-negotiation.js';

describe('preferredEncoding', () => {
  it('prefers brotli when the browser accepts both at equal weight, whatever its order', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
  });
  it('sends gzip to a client that does not accept brotli', () => {
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
  });
  it('follows the weights the client gives', () => {
    expect(preferredEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip');
  });
  it('never sends an encoding refused with q=0, even through a wildcard', () => {
    expect(preferredEncoding('br;q=0, *')).toBe('gzip');
    expect(preferredEncoding('*;q=0')).toBeNull();
  });
  it('sends the file as it is when the header is missing or names nothing we have', () => {
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('')).toBeNull();
  });
  it('only offers what exists', () => {
    expect(preferredEncoding('br, gzip', ['gzip'])).toBe('gzip');
  });
});

describe('preferredLanguage', () => {
  const langs = ['en', 'es'] as const;
  it('matches a regional tag on its primary language', () => {
    expect(preferredLanguage('es-MX,es;q=0.9', langs)).toBe('es');
  });
  it('takes the supported language with the highest weight, not the first listed', () => {
    expect(preferredLanguage('fr-FR, es;q=0.8, en;q=0.5', langs)).toBe('es');
    expect(preferredLanguage('en-US;q=0.4, es;q=0.7', langs)).toBe('es');
  });
  it('falls back to the first supported language', () => {
    expect(preferredLanguage(undefined, langs)).toBe('en');
    expect(preferredLanguage('de, fr;q=0.9', langs)).toBe('en');
    expect(preferredLanguage('es;q=0', langs)).toBe('en');
  });
});
