import { createDatabase } from '@plinth/database';
import { afterAll, describe, expect, it } from 'vitest';
import { createMssqlCatalogQueries } from '../../src/introspection/mssql/mssql-catalog-queries.js';

// No SQL Server runs here: the statements the MS SQL introspector sends are pinned by snapshot
// (compiled by Kysely's MS SQL compiler, which connects to nothing) and reviewed by hand.
describe('MS SQL catalog statements', () => {
  const db = createDatabase({ client: 'mssql', host: 'localhost' });
  afterAll(() => db.destroy());

  it('read the current schema by default', () => {
    const queries = createMssqlCatalogQueries(undefined);
    for (const [name, query] of Object.entries(queries)) {
      const compiled = query.compile(db.kysely);
      expect(compiled.sql).toContain('schema_name()');
      expect(compiled.parameters).toEqual([]);
      expect(compiled.sql).toMatchSnapshot(name);
    }
  });

  it('bind a given schema as a parameter', () => {
    const queries = createMssqlCatalogQueries('inventory');
    for (const query of Object.values(queries)) {
      const compiled = query.compile(db.kysely);
      expect(compiled.sql).toContain('s.name = @1');
      expect(compiled.parameters).toEqual(['inventory']);
    }
  });
});
