import type { Accountability } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { readPolicyResolver } from './read-policy-resolver.js';

const caller = (admin: boolean): Accountability => ({
  user: admin ? 'u' : null,
  role: null,
  roles: [],
  policies: [],
  admin,
  app: false,
  ip: null,
  userAgent: null,
  origin: null,
});

describe('readPolicyResolver', () => {
  it('lets admins and the system read everything', () => {
    expect(readPolicyResolver({ accountability: caller(true) })('articles')).toEqual({ fields: '*' });
    expect(readPolicyResolver({ accountability: null })('articles')).toEqual({ fields: '*' });
  });

  it('gives everyone else nothing until permissions are resolved here', () => {
    expect(readPolicyResolver({ accountability: caller(false) })('articles')).toBeNull();
  });
});
