import type { DatabaseClient } from '@plinth/types';
import type {
  ColumnSchema,
  DatabaseSchema,
  TableSchema,
} from '../../../src/introspection/database-schema.js';

function column(
  table: string,
  name: string,
  data_type: string,
  extra: Partial<ColumnSchema> = {},
): ColumnSchema {
  return {
    name,
    table,
    data_type,
    default_value: null,
    max_length: null,
    numeric_precision: null,
    numeric_scale: null,
    is_generated: false,
    generation_expression: null,
    is_nullable: true,
    is_unique: false,
    is_indexed: false,
    is_primary_key: false,
    has_auto_increment: false,
    foreign_key_schema: null,
    foreign_key_table: null,
    foreign_key_column: null,
    comment: null,
    ...extra,
  };
}

/** A hand-written `articles` table (as introspection would describe it) for compile-only plans. */
export function articlesTable(): TableSchema {
  const t = 'articles';
  return {
    name: t,
    schema: null,
    comment: null,
    primaryKey: ['id'],
    columns: {
      id: column(t, 'id', 'integer', {
        is_primary_key: true,
        has_auto_increment: true,
        is_nullable: false,
        is_indexed: true,
        is_unique: true,
      }),
      title: column(t, 'title', 'varchar', { max_length: 255, is_unique: true, is_indexed: true }),
      status: column(t, 'status', 'varchar', { max_length: 20, default_value: 'draft', is_nullable: false }),
      views: column(t, 'views', 'integer', { is_indexed: true }),
      author: column(t, 'author', 'integer', {
        foreign_key_table: 'authors',
        foreign_key_column: 'id',
        is_indexed: true,
      }),
    },
    indexes: [
      { name: 'articles_pkey', columns: ['id'], unique: true, primary: true },
      { name: 'articles_title_unique', columns: ['title'], unique: true, primary: false },
      { name: 'articles_views_index', columns: ['views'], unique: false, primary: false },
      { name: 'articles_author_foreign', columns: ['author'], unique: false, primary: false },
    ],
    compositeUniques: [],
    foreignKeys: [
      {
        table: t,
        column: 'author',
        foreign_key_schema: null,
        foreign_key_table: 'authors',
        foreign_key_column: 'id',
        constraint_name: 'articles_author_foreign',
        on_update: 'NO ACTION',
        on_delete: 'SET NULL',
      },
    ],
    compositeForeignKeys: [],
  };
}

/** `articles` plus a uuid-keyed `editors` table, as a whole database. */
export function fixtureSchema(client: DatabaseClient): DatabaseSchema {
  const e = 'editors';
  const editors: TableSchema = {
    name: e,
    schema: null,
    comment: null,
    primaryKey: ['id'],
    columns: { id: column(e, 'id', 'uuid', { is_primary_key: true, is_nullable: false }) },
    indexes: [{ name: 'editors_pkey', columns: ['id'], unique: true, primary: true }],
    compositeUniques: [],
    foreignKeys: [],
    compositeForeignKeys: [],
  };
  const articles = articlesTable();
  articles.columns['editor'] = column('articles', 'editor', 'char', { max_length: 36 });
  return { client, tables: { articles, editors } };
}
