import { loadEnv } from '@plinth/env';
import { describe, expect, it } from 'vitest';
import { toAccountRuntimeOptions } from './to-account-runtime-options.js';

const envWith = (settings: Record<string, string>) =>
  loadEnv({ env: { DB_CLIENT: 'sqlite3', DB_FILENAME: ':memory:', ...settings } });

describe('toAccountRuntimeOptions', () => {
  it('passes the smtp and sendmail transports through', () => {
    expect(toAccountRuntimeOptions(envWith({ EMAIL_TRANSPORT: 'smtp' })).mail.transport).toBe('smtp');
    expect(toAccountRuntimeOptions(envWith({})).mail.transport).toBe('sendmail');
  });

  it('refuses the transports that are not built in, naming the setting', () => {
    for (const transport of ['mailgun', 'ses']) {
      expect(() => toAccountRuntimeOptions(envWith({ EMAIL_TRANSPORT: transport }))).toThrow(
        `EMAIL_TRANSPORT="${transport}" is not supported by Plinth yet: use "smtp" or "sendmail"`,
      );
    }
  });
});
