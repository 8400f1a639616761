import { describe, expect, it } from 'vitest';
import { buildDatabaseSchema } from '../lib/build-database-schema.js';
import { toFieldType } from '../to-field-type.js';
import type { MssqlColumnRow, MssqlIndexRow } from './mssql-catalog-queries.js';
import { toMssqlCatalog } from './mssql-introspector.js';

// Rows shaped as SQL Server returns them through tedious (bits as booleans, byte lengths, default
// definitions wrapped in parentheses); no live server is involved.
function columnRow(
  row: Partial<MssqlColumnRow> & Pick<MssqlColumnRow, 'name' | 'data_type'>,
): MssqlColumnRow {
  return {
    table: 'articles',
    position: 1,
    max_length: 4,
    numeric_precision: 10,
    numeric_scale: 0,
    is_nullable: true,
    is_identity: false,
    is_computed: false,
    generation_expression: null,
    default: null,
    comment: null,
    ...row,
  };
}

function indexRow(row: Partial<MssqlIndexRow> & Pick<MssqlIndexRow, 'name' | 'column'>): MssqlIndexRow {
  return {
    table: 'articles',
    is_unique: false,
    is_primary_key: false,
    has_filter: false,
    filter_definition: null,
    position: 1,
    ...row,
  };
}

const rows = {
  tables: [{ name: 'articles', schema: 'dbo', comment: 'Blog posts' }],
  columns: [
    columnRow({ name: 'id', data_type: 'int', position: 1, is_nullable: false, is_identity: true }),
    columnRow({ name: 'title', data_type: 'nvarchar', position: 2, max_length: 510, comment: 'Headline' }),
    columnRow({ name: 'status', data_type: 'nvarchar', position: 3, max_length: 40, default: "(N'draft')" }),
    columnRow({
      name: 'price',
      data_type: 'decimal',
      position: 4,
      max_length: 9,
      numeric_scale: 2,
      default: '((9.99))',
    }),
    columnRow({ name: 'published', data_type: 'bit', position: 5, max_length: 1, default: '((0))' }),
    columnRow({ name: 'body', data_type: 'nvarchar', position: 6, max_length: -1 }),
    columnRow({
      name: 'created_at',
      data_type: 'datetimeoffset',
      position: 7,
      default: '(sysdatetimeoffset())',
    }),
    columnRow({ name: 'external_id', data_type: 'uniqueidentifier', position: 8, default: '(newid())' }),
    columnRow({
      name: 'title_length',
      data_type: 'int',
      position: 9,
      is_computed: true,
      generation_expression: '(len([title]))',
    }),
    columnRow({ name: 'author_id', data_type: 'int', position: 10 }),
    columnRow({ name: 'email', data_type: 'nvarchar', position: 11, max_length: 510 }),
    columnRow({ name: 'archived', data_type: 'bit', position: 12, default: '(NULL)' }),
  ],
  indexes: [
    indexRow({ name: 'PK__articles__3213E83F', column: 'id', is_unique: true, is_primary_key: true }),
    indexRow({ name: 'articles_slug_unique', column: 'status', is_unique: true }),
    indexRow({
      name: 'articles_email_unique',
      column: 'email',
      is_unique: true,
      has_filter: true,
      filter_definition: '([email] IS NOT NULL)',
    }),
    indexRow({
      name: 'articles_published_title',
      column: 'title',
      is_unique: true,
      has_filter: true,
      filter_definition: '([published]=(1))',
    }),
    indexRow({ name: 'articles_author_published', column: 'published', position: 2 }),
    indexRow({ name: 'articles_author_published', column: 'author_id', position: 1 }),
  ],
  foreignKeys: [
    {
      table: 'articles',
      name: 'articles_author_id_foreign',
      position: 1,
      column: 'author_id',
      foreign_key_schema: 'dbo',
      foreign_key_table: 'authors',
      foreign_key_column: 'id',
      on_update: 'NO_ACTION',
      on_delete: 'SET_NULL',
    },
  ],
};

describe('toMssqlCatalog', () => {
  const table = buildDatabaseSchema(toMssqlCatalog(rows), 'mssql').tables['articles'];
  const columns = table?.columns ?? {};

  it('reads identity, lengths in characters and decimal sizes', () => {
    expect(columns['id']).toMatchObject({
      has_auto_increment: true,
      is_primary_key: true,
      is_nullable: false,
    });
    expect(columns['title']).toMatchObject({ max_length: 255, comment: 'Headline', is_unique: false });
    expect(columns['body']?.max_length).toBeNull();
    expect(columns['price']).toMatchObject({ numeric_precision: 10, numeric_scale: 2, max_length: null });
    expect(columns['id']?.numeric_precision).toBeNull();
  });

  it('unwraps defaults and types them', () => {
    expect(columns['status']?.default_value).toBe('draft');
    expect(columns['price']?.default_value).toBe(9.99);
    expect(columns['published']?.default_value).toBe(false);
    expect(columns['created_at']?.default_value).toBe('CURRENT_TIMESTAMP');
    expect(columns['external_id']?.default_value).toBe('gen_random_uuid()');
    expect(columns['archived']?.default_value).toBeNull();
  });

  it('reads computed columns as generated', () => {
    expect(columns['title_length']).toMatchObject({
      is_generated: true,
      generation_expression: '(len([title]))',
      default_value: null,
    });
  });

  it('treats a NOT NULL-filtered unique index as unique, other filters not', () => {
    expect(columns['email']?.is_unique).toBe(true);
    expect(columns['status']?.is_unique).toBe(true);
    expect(columns['title']?.is_indexed).toBe(true);
    expect(table?.indexes.find((index) => index.name === 'articles_author_published')?.columns).toEqual([
      'author_id',
      'published',
    ]);
    expect(columns['author_id']?.is_indexed).toBe(true);
    expect(columns['published']?.is_indexed).toBe(false);
  });

  it('reads foreign keys with their actions, and the table schema and comment', () => {
    expect(table).toMatchObject({ schema: 'dbo', comment: 'Blog posts', primaryKey: ['id'] });
    expect(table?.foreignKeys).toEqual([
      {
        table: 'articles',
        column: 'author_id',
        foreign_key_schema: 'dbo',
        foreign_key_table: 'authors',
        foreign_key_column: 'id',
        constraint_name: 'articles_author_id_foreign',
        on_update: 'NO ACTION',
        on_delete: 'SET NULL',
      },
    ]);
    expect(columns['author_id']).toMatchObject({ foreign_key_table: 'authors', foreign_key_column: 'id' });
  });

  it('maps the types to field types', () => {
    const types = Object.values(columns).map((column) => [column.name, toFieldType(column, 'mssql')]);
    expect(Object.fromEntries(types)).toMatchObject({
      title: 'string',
      body: 'text',
      price: 'decimal',
      published: 'boolean',
      created_at: 'timestamp',
      external_id: 'uuid',
    });
  });
});
