import type { Accountability } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { readPlanKey } from './read-plan-cache.js';

const database = { client: 'sqlite' } as never;
const caller = (admin: boolean): Accountability =>
  ({ user: 'u1', role: 'r1', roles: ['r1'], policies: ['p1'], admin, app: true }) as Accountability;

describe('readPlanKey', () => {
  const query = { fields: ['id', 'title'], limit: 25 };

  it('gives trusted and admin reads a key per collection and query', () => {
    const system = readPlanKey({ accountability: null, database }, 'articles', query);
    const admin = readPlanKey({ accountability: caller(true), database }, 'articles', query);
    expect(system).toEqual(expect.any(String));
    expect(admin).toEqual(expect.any(String));
    expect(admin).not.toBe(system);
    expect(readPlanKey({ accountability: caller(true), database }, 'authors', query)).not.toBe(admin);
    expect(
      readPlanKey({ accountability: caller(true), database }, 'articles', { ...query, limit: 5 }),
    ).not.toBe(admin);
    expect(readPlanKey({ accountability: caller(true), database }, 'articles', { ...query })).toBe(admin);
  });

  it('never reuses a plan for a caller under a policy', () => {
    expect(readPlanKey({ accountability: caller(false), database }, 'articles', query)).toBeNull();
  });

  it('never reuses a plan whose values depend on the moment or the caller', () => {
    for (const value of ['$NOW', '$NOW(-1 day)', '$CURRENT_USER', '$CURRENT_ROLE']) {
      const dynamic = { ...query, filter: { date: { _lte: value } } };
      expect(readPlanKey({ accountability: null, database }, 'articles', dynamic)).toBeNull();
    }
  });
});
