import { afterEach, describe, expect, it, vi } from 'vitest';
import { listTestEngines } from './list-test-engines.js';
import { warnSkipped } from './warn-skipped.js';

describe('warnSkipped', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('names the package, what is skipped, the engine and the variable to set', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [, pg, mysql] = listTestEngines({});
    expect(warnSkipped(pg!, 'DDL integration tests', '@plinth/schema')).toBe(true);
    expect(warnSkipped(mysql!, 'read tests', '@plinth/query')).toBe(true);
    expect(warn.mock.calls).toEqual([
      ['[@plinth/schema] DDL integration tests skipped on pg: TEST_PG_URL is not set.'],
      ['[@plinth/query] read tests skipped on mysql: TEST_MYSQL_URL is not set.'],
    ]);
  });

  it('says nothing for an engine that runs', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const engines = listTestEngines({ TEST_PG_URL: 'postgres://pg.test', TEST_MYSQL_URL: 'mysql://my.test' });
    expect(engines.map((engine) => warnSkipped(engine, 'tests', '@plinth/x'))).toEqual([false, false, false]);
    expect(warn).not.toHaveBeenCalled();
  });
});
