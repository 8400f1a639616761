import { describe, expect, it } from 'vitest';
import { referenceOverview } from '../test/overview-fixture.js';
import { createSchemaCache } from './create-schema-cache.js';

describe('createSchemaCache', () => {
  it('builds a schema once per data model and key', () => {
    const cache = createSchemaCache();
    const overview = referenceOverview();
    const all = cache.get(overview, 'all');
    expect(cache.get(overview, 'all')).toBe(all);
    expect(cache.get(overview, 'reader', { readPolicy: () => null })).not.toBe(all);
    expect(cache.get(referenceOverview(), 'all')).not.toBe(all);
  });

  it('drops the least recently used key past its capacity', () => {
    const cache = createSchemaCache(2);
    const overview = referenceOverview();
    const first = cache.get(overview, 'a');
    const second = cache.get(overview, 'b');
    expect(cache.get(overview, 'a')).toBe(first);
    cache.get(overview, 'c');
    expect(cache.get(overview, 'a')).toBe(first);
    expect(cache.get(overview, 'b')).not.toBe(second);
  });
});
