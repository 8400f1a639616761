import type { CallerPermissions, PermissionsRuntime } from '@plinth/permissions';
import type { Accountability } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { settledCallerPermissions } from '../../permissions/caller-permissions.js';
import { readCallerPermissions } from './read-caller-permissions.js';

const caller = (admin: boolean): Accountability =>
  ({ user: 'u1', role: 'r1', roles: ['r1'], policies: ['p1'], admin, app: true }) as Accountability;

describe('readCallerPermissions', () => {
  it('resolves nothing for admins and the system', () => {
    for (const accountability of [null, caller(true)]) {
      const ctx = { accountability, db: {} as never, schema: {} as never };
      expect(readCallerPermissions(ctx)).toBeUndefined();
    }
  });

  it("resolves a rule-bound caller's permissions, for the read paths to use", async () => {
    const permissions: CallerPermissions = { admin: false, rules: () => [], all: () => [], fingerprint: 'f' };
    const runtime: PermissionsRuntime = {
      forCaller: async () => permissions,
      invalidate: async () => {},
      close: async () => {},
    };
    const ctx = { accountability: caller(false), db: {} as never, schema: {} as never, permissions: runtime };
    expect(settledCallerPermissions(ctx)).toBeUndefined();
    await readCallerPermissions(ctx);
    expect(settledCallerPermissions(ctx)).toBe(permissions);
  });
});
