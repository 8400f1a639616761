import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff-snapshots.js';
import type { Snapshot, SnapshotField } from './snapshot-types.js';

const field = (name: string, schema: Record<string, unknown>, type = 'string'): SnapshotField => ({
  collection: 'articles',
  field: name,
  type,
  meta: { collection: 'articles', field: name, interface: 'input' },
  schema: { name, table: 'articles', is_nullable: true, is_unique: false, is_indexed: false, ...schema },
});

const base = (vendor: Snapshot['vendor'], fields: SnapshotField[]): Snapshot => ({
  version: 1,
  directus: '0.1.0',
  vendor,
  collections: [
    {
      collection: 'articles',
      meta: { collection: 'articles', icon: 'article' },
      schema: { name: 'articles' },
    },
  ],
  fields,
  systemFields: [],
  relations: [
    {
      collection: 'articles',
      field: 'author',
      related_collection: 'authors',
      meta: { many_collection: 'articles', many_field: 'author', one_collection: 'authors' },
      schema: {
        table: 'articles',
        column: 'author',
        constraint_name: 'articles_author_foreign',
        on_update: 'NO ACTION',
        on_delete: 'SET NULL',
      },
    },
  ],
});

describe('diffSnapshots', () => {
  it('finds nothing between the same model on two engines', () => {
    const pg = base('postgres', [
      field('title', { data_type: 'character varying', max_length: 255 }),
      field('id', { data_type: 'uuid', max_length: null, is_primary_key: true, is_indexed: true }, 'uuid'),
      field(
        'author',
        { data_type: 'integer', numeric_precision: 32, foreign_key_table: 'authors' },
        'integer',
      ),
    ]);
    const mysql = base('mysql', [
      field('title', { data_type: 'varchar', max_length: 255 }),
      field('id', { data_type: 'char', max_length: 36, is_primary_key: true, is_indexed: false }, 'uuid'),
      field(
        'author',
        { data_type: 'int', numeric_precision: 10, foreign_key_table: 'authors', is_indexed: true },
        'integer',
      ),
    ]);
    mysql.relations[0]!.schema = {
      ...mysql.relations[0]!.schema,
      constraint_name: null,
      on_update: 'RESTRICT',
    };
    expect(diffSnapshots(pg, mysql)).toBeNull();
  });

  it('lists exactly the changes: a new field, an edited one, a removed collection', () => {
    const current = base('postgres', [field('title', { max_length: 255 }), field('body', {}, 'text')]);
    current.collections.push({ collection: 'old', meta: { collection: 'old' }, schema: { name: 'old' } });
    const target = base('postgres', [
      field('title', { max_length: 100 }),
      field('body', {}, 'text'),
      field('slug', { is_unique: true }),
    ]);
    const diff = diffSnapshots(current, target)!;
    expect(diff.collections).toEqual([
      { collection: 'old', diff: [{ kind: 'D', lhs: current.collections[1] }] },
    ]);
    expect(diff.fields).toEqual([
      {
        collection: 'articles',
        field: 'title',
        diff: [{ kind: 'E', path: ['schema', 'max_length'], lhs: 255, rhs: 100 }],
      },
      { collection: 'articles', field: 'slug', diff: [{ kind: 'N', rhs: target.fields[2] }] },
    ]);
    expect(diff.relations).toEqual([]);
  });

  it('sees a changed on-delete rule', () => {
    const current = base('sqlite', []);
    const target = base('sqlite', []);
    target.relations[0]!.schema = { ...target.relations[0]!.schema, on_delete: 'CASCADE' };
    expect(diffSnapshots(current, target)?.relations[0]?.diff).toEqual([
      { kind: 'E', path: ['schema', 'on_delete'], lhs: 'SET NULL', rhs: 'CASCADE' },
    ]);
  });
});
