import { describe, expect, it } from 'vitest';
import { describeNetworkTarget } from './describe-network-target.js';

describe('describeNetworkTarget', () => {
  it('reads host and port from a connection string without the credentials', () => {
    const target = describeNetworkTarget(
      { client: 'pg', connectionString: 'postgres://admin:s3cret@db.internal:6543/app' },
      5432,
    );
    expect(target).toBe('db.internal:6543');
    expect(describeNetworkTarget({ client: 'pg', connectionString: 'postgres://db/app' }, 5432)).toBe(
      'db:5432',
    );
  });

  it('falls back to the fields and the default port', () => {
    expect(describeNetworkTarget({ client: 'mysql', host: '10.0.0.5' }, 3306)).toBe('10.0.0.5:3306');
    expect(describeNetworkTarget({ client: 'mysql' }, 3306)).toBe('localhost:3306');
    expect(describeNetworkTarget({ client: 'pg', connectionString: 'not a url' }, 5432)).toBe(
      'the configured connection string',
    );
  });
});
