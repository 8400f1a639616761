import type { CallerPermissions, PermissionsRuntime } from '@plinth/permissions';
import type { Accountability } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { callerPermissions } from '../../permissions/caller-permissions.js';
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

  it('never reuses a plan for a caller whose permissions were not resolved', () => {
    expect(readPlanKey({ accountability: caller(false), database }, 'articles', query)).toBeNull();
  });

  it('shares plans between callers whose permissions have the same fingerprint', async () => {
    const runtimeWith = (fingerprint: string): PermissionsRuntime => {
      const permissions: CallerPermissions = { admin: false, rules: () => [], all: () => [], fingerprint };
      return { forCaller: async () => permissions, invalidate: async () => {}, close: async () => {} };
    };
    const contextWith = async (fingerprint: string) => {
      const ctx = {
        accountability: caller(false),
        database,
        db: {} as never,
        schema: { collections: {} } as never,
        permissions: runtimeWith(fingerprint),
      };
      await callerPermissions(ctx);
      return ctx;
    };
    const [one, two, other] = await Promise.all([contextWith('f1'), contextWith('f1'), contextWith('f2')]);
    const key = readPlanKey(one, 'articles', query);
    expect(key).toEqual(expect.any(String));
    expect(readPlanKey(two, 'articles', query)).toBe(key);
    expect(readPlanKey(other, 'articles', query)).not.toBe(key);
    expect(readPlanKey({ accountability: caller(true), database }, 'articles', query)).not.toBe(key);
  });

  it('never reuses a plan whose values depend on the moment or the caller', () => {
    for (const value of ['$NOW', '$NOW(-1 day)', '$CURRENT_USER', '$CURRENT_ROLE']) {
      const dynamic = { ...query, filter: { date: { _lte: value } } };
      expect(readPlanKey({ accountability: null, database }, 'articles', dynamic)).toBeNull();
    }
  });
});
