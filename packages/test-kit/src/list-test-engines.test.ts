import { describe, expect, it } from 'vitest';
import { listTestEngines } from './list-test-engines.js';

describe('listTestEngines', () => {
  it('always lists SQLite, PostgreSQL and MySQL, the servers without a URL when their variable is unset', () => {
    expect(listTestEngines({})).toEqual([
      { client: 'sqlite', envVar: null, url: 'file' },
      { client: 'pg', envVar: 'TEST_PG_URL', url: undefined },
      { client: 'mysql', envVar: 'TEST_MYSQL_URL', url: undefined },
    ]);
  });

  it('takes each server URL from its own variable', () => {
    const engines = listTestEngines({
      TEST_PG_URL: 'postgres://pg.test/x',
      TEST_MYSQL_URL: 'mysql://my.test',
    });
    expect(engines.map((engine) => [engine.client, engine.url])).toEqual([
      ['sqlite', 'file'],
      ['pg', 'postgres://pg.test/x'],
      ['mysql', 'mysql://my.test'],
    ]);
  });

  it('treats an empty variable as unset', () => {
    const engines = listTestEngines({ TEST_PG_URL: '', TEST_MYSQL_URL: 'mysql://my.test' });
    expect(engines[1]?.url).toBeUndefined();
    expect(engines[2]?.url).toBe('mysql://my.test');
  });
});
