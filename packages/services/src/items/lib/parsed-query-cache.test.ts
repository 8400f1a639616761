import type { Query } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { defaultServiceLimits } from '../../context/service-context.js';
import { createParsedQueryCache, rawQueryKey } from './parsed-query-cache.js';
import { isSharedQuery } from './shared-query.js';

const limits = defaultServiceLimits;

describe('rawQueryKey', () => {
  it('keys raw queries whose every leaf is a string, nested ones included', () => {
    expect(rawQueryKey({ fields: 'id', limit: '25' })).toEqual(expect.any(String));
    expect(rawQueryKey({ fields: 'id', limit: '25' })).not.toBe(rawQueryKey({ fields: 'id', limit: '2' }));
    expect(rawQueryKey({ a: '1b', c: '' })).not.toBe(rawQueryKey({ a: '1', b: 'c' }));
    expect(rawQueryKey({ filter: { status: { _in: ['a', 'b'] } } })).toEqual(expect.any(String));
  });

  it('refuses values JSON text would confuse with others', () => {
    expect(rawQueryKey({ limit: 25 })).toBeNull();
    expect(rawQueryKey({ limit: Number.NaN })).toBeNull();
    expect(rawQueryKey({ fields: ['id', undefined] })).toBeNull();
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is being refused
    expect(rawQueryKey({ fields: [, 'id'] })).toBeNull();
    expect(rawQueryKey({ since: new Date(0) })).toBeNull();
    expect(rawQueryKey(Object.create({ fields: 'id' }))).toBeNull();
  });
});

describe('createParsedQueryCache', () => {
  const parseCounting = () => {
    let calls = 0;
    const parse = (): Query => {
      calls++;
      return { fields: ['id'], filter: { status: { _eq: 'draft' } }, limit: 25 };
    };
    return { parse, calls: () => calls };
  };

  it('parses a raw query once and hands out the same shared, frozen query', () => {
    const cache = createParsedQueryCache();
    const { parse, calls } = parseCounting();
    const first = cache.get({ fields: 'id' }, limits, parse);
    expect(cache.get({ fields: 'id' }, limits, parse)).toBe(first);
    expect(calls()).toBe(1);
    expect(isSharedQuery(first)).toBe(true);
    expect(Object.isFrozen(first.filter)).toBe(true);
    expect(() => {
      (first.fields as string[]).push('title');
    }).toThrow(TypeError);
  });

  it('parses again for other limits, for raw values it cannot key, and after a failure', () => {
    const cache = createParsedQueryCache();
    const { parse, calls } = parseCounting();
    cache.get({ fields: 'id' }, limits, parse);
    cache.get({ fields: 'id' }, { ...limits, queryLimitDefault: 5 }, parse);
    const unkeyed = cache.get({ limit: 5 } as Record<string, unknown>, limits, parse);
    expect(isSharedQuery(unkeyed)).toBe(false);
    expect(calls()).toBe(3);
    expect(() =>
      cache.get({ fields: 'bad' }, limits, () => {
        throw new Error('malformed');
      }),
    ).toThrow('malformed');
    expect(cache.get({ fields: 'bad' }, limits, parse)).toEqual(expect.objectContaining({ limit: 25 }));
  });

  it('keeps only the most recent queries', () => {
    const cache = createParsedQueryCache(2);
    const { parse, calls } = parseCounting();
    for (const fields of ['a', 'b', 'c', 'a']) cache.get({ fields }, limits, parse);
    expect(calls()).toBe(4);
  });
});
