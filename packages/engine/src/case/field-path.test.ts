import { describe, expect, it } from 'vitest';
import { fieldPathText } from './field-path.js';

describe('a field path written for people', () => {
  it('joins keys with dots and puts list positions in brackets', () => {
    expect(fieldPathText(['substances', 0, 'name'])).toBe('substances[0].name');
    expect(fieldPathText(['body', 'case', 'instruments', 'phq9', 3])).toBe('body.case.instruments.phq9[3]');
    expect(fieldPathText(['headers', 'if-match'])).toBe('headers.if-match');
  });

  it('names the document itself, and quotes a key that is not a plain name', () => {
    expect(fieldPathText([])).toBe('(document)');
    expect(fieldPathText(['body', 'a b', 0])).toBe('body["a b"][0]');
    expect(fieldPathText(['body', '\u0000'])).toBe('body["\\u0000"]');
  });
});
