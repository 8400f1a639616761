import { listTestEngines } from '@plinth/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsServer, createAccountsServer } from './accounts-fixture.js';
import { ROLE } from './auth-fixture.js';

// Mail delivery does not depend on the database engine: SQLite is enough.
const sqlite = listTestEngines().find((engine) => engine.client === 'sqlite')!;

describe('an invitation whose email cannot be delivered', () => {
  let server: AccountsServer;

  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens, every delivery fails at connect.
    server = await createAccountsServer(sqlite, { EMAIL_SMTP_PORT: '9' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('still invites (204, the user exists as invited) and logs the failure instead of a 500', async () => {
    const admin = await server.addAdmin('inviter@example.com');
    const response = await server.api.post(
      '/users/invite',
      { email: 'unreachable@example.com', role: ROLE },
      admin,
    );
    expect(response.statusCode).toBe(204);
    const row = await server.api.database.kysely
      .selectFrom('directus_users')
      .select(['status', 'role'])
      .where('email', '=', 'unreachable@example.com')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'invited', role: ROLE });
  });
});
