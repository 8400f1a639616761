import { systemTables } from '@plinth/database';
import { describe, expect, it } from 'vitest';
import { isAliasSpecial } from '../overview/resolve-field-type.js';
import { systemCollections } from './system-collections.js';
import { systemRelations } from './system-relations.js';
import { toSystemMetaIndex } from './to-system-meta-index.js';

const columns = new Map(systemTables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
const specs = new Map(systemCollections.map((c) => [c.collection, c]));

describe('system data', () => {
  it('describes exactly the system tables the migrations create', () => {
    expect([...specs.keys()].sort()).toEqual([...columns.keys()].sort());
  });

  it('declares only columns and alias fields, each once', () => {
    for (const spec of systemCollections) {
      const names = spec.fields.map((f) => f.field);
      expect(new Set(names).size, spec.collection).toBe(names.length);
      const strays = spec.fields.filter(
        (f) => !columns.get(spec.collection)?.has(f.field) && !isAliasSpecial(f.special ?? []),
      );
      expect(strays, spec.collection).toEqual([]);
    }
  });

  it('has relations whose fields exist and whose o2m/m2m aliases are declared', () => {
    for (const relation of systemRelations) {
      const label = `${relation.many_collection}.${relation.many_field}`;
      expect(columns.get(relation.many_collection)?.has(relation.many_field), label).toBe(true);
      expect(columns.has(relation.one_collection), label).toBe(true);
      if (relation.junction_field) {
        expect(columns.get(relation.many_collection)?.has(relation.junction_field), label).toBe(true);
      }
      if (relation.one_field) {
        const alias = specs.get(relation.one_collection)?.fields.find((f) => f.field === relation.one_field);
        const expected = relation.junction_field ? 'm2m' : 'o2m';
        if (relation.one_field !== 'fields') expect(alias?.special, label).toContain(expected);
      }
    }
  });

  it('carries the behaviour flags Directus clients rely on', () => {
    const index = toSystemMetaIndex();
    const meta = (collection: string, field: string) =>
      index.fields.get(collection)?.find((f) => f.field === field);
    expect(meta('directus_users', 'password')?.special).toEqual(['hash', 'conceal']);
    expect(meta('directus_users', 'token')?.special).toEqual(['conceal']);
    expect(meta('directus_users', 'tfa_secret')?.special).toEqual(['conceal']);
    expect(meta('directus_shares', 'password')?.special).toEqual(['hash', 'conceal']);
    expect(meta('directus_settings', 'ai_openai_api_key')?.special).toEqual(['encrypt']);
    expect(meta('directus_permissions', 'fields')?.special).toEqual(['cast-csv']);
    expect(meta('directus_policies', 'ip_access')?.special).toEqual(['cast-csv']);
    expect(meta('directus_files', 'uploaded_by')?.special).toEqual(['user-created']);
    expect(meta('directus_users', 'id')).toMatchObject({ system: true, special: ['uuid'], width: 'full' });
    expect(meta('directus_users', 'first_name')?.sort).toBe(1);
    expect(index.collections.get('directus_settings')).toMatchObject({ singleton: true, system: true });
    expect(
      index.relations.find((r) => r.many_field === 'policy' && r.many_collection === 'directus_permissions'),
    ).toMatchObject({ one_field: 'permissions', one_deselect_action: 'delete', system: true });
  });
});
