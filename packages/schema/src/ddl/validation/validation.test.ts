import { isPlinthError } from '@plinth/errors';
import { describe, expect, it } from 'vitest';
import { articlesTable, fixtureSchema } from '../../../test/ddl/helpers/fixture-tables.js';
import type { DdlTarget, FieldInput } from '../ddl-types.js';
import { planAddColumn } from '../plan-add-column.js';
import { planAlterColumn } from '../plan-alter-column.js';
import { planCreateTable } from '../plan-create-table.js';
import { assertDroppableColumn } from '../plan-drop-column.js';
import { planDropForeignKey } from '../plan-drop-foreign-key.js';
import { planDropTable } from '../plan-drop-table.js';
import { assertValidFields } from './assert-valid-fields.js';
import { assertValidIdentifier } from './assert-valid-identifier.js';
import { assertValidRelation } from './assert-valid-relation.js';

/** The reason of the INVALID_PAYLOAD error `fn` throws; fails the test if it throws anything else. */
function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isPlinthError(error, 'INVALID_PAYLOAD')) return error.extensions.reason;
    throw error;
  }
  throw new Error('expected INVALID_PAYLOAD, nothing was thrown');
}

const pg: DdlTarget = { client: 'pg', kysely: undefined as never };

describe('identifier rules', () => {
  it.each([
    ['', 'is required'],
    ['a'.repeat(65), 'longer than 64'],
    ['1st', 'may not start with a digit'],
    ['has space', 'only contain letters'],
    ['semi;colon', 'only contain letters'],
    ['quo"te', 'only contain letters'],
    ['directus_things', 'may not start with "directus_"'],
    ['sqlite_stats', 'reserved'],
  ])('refuses collection %j', (name, reason) => {
    expect(reasonOf(() => assertValidIdentifier(name, 'collection'))).toContain(reason);
  });

  it('refuses the SQLite row id as a field name and accepts plain names', () => {
    expect(reasonOf(() => assertValidIdentifier('rowid', 'field'))).toContain('reserved');
    expect(() => assertValidIdentifier('a'.repeat(64), 'collection')).not.toThrow();
    expect(() => assertValidIdentifier('directus_users', 'collection', { system: true })).not.toThrow();
    expect(() => assertValidIdentifier('_private2', 'field')).not.toThrow();
  });
});

describe('field payloads', () => {
  const cases: Array<[string, FieldInput[], string]> = [
    ['an unknown type', [{ field: 'a', type: 'money' }], 'unknown type "money"'],
    [
      'a type Plinth cannot create',
      [{ field: 'a', type: 'geometry.Point' }],
      "can't be created by Plinth yet",
    ],
    [
      'a duplicate name',
      [
        { field: 'a', type: 'text' },
        { field: 'A', type: 'text' },
      ],
      'listed more than once',
    ],
    [
      'two primary keys',
      [
        { field: 'a', type: 'uuid', schema: { is_primary_key: true } },
        { field: 'b', type: 'integer', schema: { has_auto_increment: true } },
      ],
      'only one primary key',
    ],
    [
      'a json primary key',
      [{ field: 'a', type: 'json', schema: { is_primary_key: true } }],
      "can't be a primary key",
    ],
    [
      'an alias primary key',
      [{ field: 'a', type: 'alias', schema: { is_primary_key: true } }],
      "can't be a primary key",
    ],
    [
      'auto-increment on a uuid',
      [{ field: 'a', type: 'uuid', schema: { has_auto_increment: true } }],
      'auto-increment needs an integer',
    ],
    [
      'auto-increment off the key',
      [{ field: 'a', type: 'integer', schema: { has_auto_increment: true, is_primary_key: false } }],
      'must be the primary key',
    ],
    [
      'a zero precision',
      [{ field: 'a', type: 'decimal', schema: { numeric_precision: 0 } }],
      'numeric_precision must be from 1',
    ],
    [
      'a scale above the precision',
      [{ field: 'a', type: 'decimal', schema: { numeric_precision: 4, numeric_scale: 5 } }],
      'numeric_scale must be from 0 to 4',
    ],
    ['a negative length', [{ field: 'a', type: 'string', schema: { max_length: -1 } }], 'max_length must be'],
    ['an indexed json', [{ field: 'a', type: 'json', schema: { is_indexed: true } }], "can't be indexed"],
    [
      'now() on an integer',
      [{ field: 'a', type: 'integer', schema: { default_value: 'now()' } }],
      'not a valid default',
    ],
    ['a bad field name', [{ field: 'x y', type: 'text' }], 'only contain letters'],
  ];
  it.each(cases)('refuses %s', (_name, fields, reason) => {
    expect(reasonOf(() => assertValidFields(fields, 'pg'))).toContain(reason);
  });

  it('checks limits per engine', () => {
    const precise = [{ field: 'a', type: 'decimal', schema: { numeric_precision: 50, numeric_scale: 2 } }];
    expect(() => assertValidFields(precise, 'pg')).not.toThrow();
    expect(reasonOf(() => assertValidFields(precise, 'mssql'))).toContain('from 1 to 38 on MS SQL');
    const long = [{ field: 'a', type: 'string', schema: { max_length: 20_000 } }];
    expect(reasonOf(() => assertValidFields(long, 'mysql'))).toContain('16383 on MySQL/MariaDB');
    const unboundedKey = [{ field: 'a', type: 'string', schema: { max_length: null, is_unique: true } }];
    expect(reasonOf(() => assertValidFields(unboundedKey, 'mysql'))).toContain("can't be indexed");
    expect(() => assertValidFields(unboundedKey, 'pg')).not.toThrow();
    const uuidDefault = [{ field: 'a', type: 'uuid', schema: { default_value: 'gen_random_uuid()' } }];
    expect(reasonOf(() => assertValidFields(uuidDefault, 'sqlite'))).toContain('no random UUID default');
    const dateNow = [{ field: 'a', type: 'date', schema: { default_value: 'CURRENT_TIMESTAMP' } }];
    expect(reasonOf(() => assertValidFields(dateNow, 'mysql'))).toContain('not a valid default');
  });

  it('refuses a table with no column and a payload that is not a list', () => {
    expect(reasonOf(() => planCreateTable(pg, 'only_aliases', [{ field: 'a', type: 'alias' }]))).toContain(
      'at least one field with a column',
    );
    expect(reasonOf(() => assertValidFields('nope' as never, 'pg'))).toContain('must be an array');
  });
});

describe('changes to existing tables', () => {
  const table = articlesTable();

  it('refuses dropping the primary key or a missing column', () => {
    expect(reasonOf(() => assertDroppableColumn(table, 'id'))).toContain(
      'is the primary key of "articles" and can\'t be dropped',
    );
    expect(reasonOf(() => assertDroppableColumn(table, 'nope'))).toContain("doesn't exist");
    expect(() => assertDroppableColumn(table, 'views')).not.toThrow();
  });

  it('refuses alters that change the key, lack a type, or target nothing', () => {
    expect(
      reasonOf(() => planAlterColumn(pg, table, { field: 'id', schema: { has_auto_increment: false } })),
    ).toContain("primary key can't be changed");
    expect(
      reasonOf(() => planAlterColumn(pg, table, { field: 'title', schema: { max_length: 9 } })),
    ).toContain('give "type"');
    expect(reasonOf(() => planAlterColumn(pg, table, { field: 'title', type: 'alias' }))).toContain(
      "can't be changed to type",
    );
    expect(reasonOf(() => planAlterColumn(pg, table, { field: 'ghost', schema: {} }))).toContain(
      "doesn't exist",
    );
  });

  it('refuses adding an existing column or a primary key', () => {
    expect(reasonOf(() => planAddColumn(pg, table, { field: 'Title', type: 'string' }))).toContain(
      'already exists',
    );
    expect(
      reasonOf(() =>
        planAddColumn(pg, table, { field: 'k', type: 'uuid', schema: { is_primary_key: true } }),
      ),
    ).toContain("primary key can't be added");
  });

  it('refuses dropping a system table or a foreign key that is not there', () => {
    expect(reasonOf(() => planDropTable(pg, 'directus_users'))).toContain("can't be dropped");
    expect(reasonOf(() => planDropForeignKey(pg, table, 'views'))).toContain('has no foreign key');
  });
});

describe('relations', () => {
  const schema = fixtureSchema('pg');
  const base = { collection: 'articles', field: 'editor', related_collection: 'editors' };

  it.each([
    ['a missing collection', { ...base, collection: 'nope' }, 'Collection "nope" doesn\'t exist'],
    ['a missing field', { ...base, field: 'nope' }, 'Field "nope" doesn\'t exist'],
    ['a missing related collection', { ...base, related_collection: 'nope' }, 'Related collection "nope"'],
    ['no related collection', { ...base, related_collection: null }, 'has no foreign key'],
    ['a field that has a key already', { ...base, field: 'author' }, 'already has a foreign key'],
    ['an unknown rule', { ...base, schema: { on_delete: 'EXPLODE' as never } }, 'on_delete must be one of'],
    [
      'SET NULL on a required field',
      { ...base, field: 'status', schema: { on_delete: 'SET NULL' as const } },
      "can't be SET NULL",
    ],
  ])('refuses %s', (_name, relation, reason) => {
    expect(reasonOf(() => assertValidRelation(relation, schema))).toContain(reason);
  });

  it('returns the key to create, rules defaulting to NO ACTION', () => {
    expect(assertValidRelation({ ...base, schema: { on_delete: 'cascade' as never } }, schema)).toMatchObject(
      {
        table: 'articles',
        column: 'editor',
        foreign_key_table: 'editors',
        foreign_key_column: 'id',
        constraint_name: 'articles_editor_foreign',
        on_delete: 'CASCADE',
        on_update: 'NO ACTION',
      },
    );
  });
});
