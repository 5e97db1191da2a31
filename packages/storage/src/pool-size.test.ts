import { describe, expect, it } from 'vitest';
import { poolSize } from './open-database.js';

describe('connections per instance', () => {
  it('are ten unless the operator says otherwise', () => {
    expect(poolSize({})).toBe(10);
    expect(poolSize({ CARELEVEL_DB_POOL_MAX: '' })).toBe(10);
    expect(poolSize({ CARELEVEL_DB_POOL_MAX: '25' })).toBe(25);
  });

  it('refuse a setting that is not a whole number from 1 to 500, naming the variable', () => {
    for (const bad of ['0', '-3', '2.5', 'lots', '501'])
      expect(() => poolSize({ CARELEVEL_DB_POOL_MAX: bad })).toThrow(/CARELEVEL_DB_POOL_MAX must be a whole number from 1 to 500/);
  });
});
