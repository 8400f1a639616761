import { describe, expect, it } from 'vitest';
import { describeDatabase } from './describe-database.js';

describe('describeDatabase', () => {
  it('names the engine and place, never the credentials', () => {
    expect(describeDatabase({ client: 'sqlite', filename: './data/plinth.db' })).toBe(
      'SQLite (./data/plinth.db)',
    );
    const pg = describeDatabase({ client: 'pg', connectionString: 'postgres://u:secret@db.local:5432/app' });
    expect(pg).toBe('PostgreSQL (db.local:5432/app)');
    expect(
      describeDatabase({ client: 'mysql', host: 'h', port: 3306, database: 'd', password: 'secret' }),
    ).toBe('MySQL/MariaDB (h:3306/d)');
  });
});
