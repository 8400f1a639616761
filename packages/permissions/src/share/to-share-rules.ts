import type { Filter } from '@plinth/types';
import { allOf, anyOf, itemFilterOf } from '../lib/combine-filters.js';
import type { PermissionRule } from '../permission-rule.js';
import type { ShareReach } from './fetch-share-reach.js';

/** One side of a share's authority: its resolved rules, or admin (bound by no rule). */
export interface ShareSide {
  admin: boolean;
  rules: readonly PermissionRule[];
}

/** What the data-model routes need to describe the shared item, as every share caller may read. */
const MODEL_COLLECTIONS = ['directus_collections', 'directus_fields', 'directus_relations'];

function readRule(
  collection: string,
  permissions: Filter | null,
  fields: readonly string[],
  system: boolean,
) {
  const rule: PermissionRule = {
    id: null,
    policy: null,
    collection,
    action: 'read',
    permissions,
    validation: null,
    presets: null,
    fields: [...fields],
    system,
  };
  return rule;
}

/** The fields a side's read rules grant in a collection: `'*'` when some rule grants all. */
function grantedFields(rules: readonly PermissionRule[]): ReadonlySet<string> | '*' {
  return rules.some((rule) => rule.fields.includes('*'))
    ? '*'
    : new Set(rules.flatMap((rule) => rule.fields));
}

function intersect(sets: ReadonlyArray<ReadonlySet<string> | '*'>): string[] {
  const bounded = sets.filter((set): set is ReadonlySet<string> => set !== '*');
  const [first, ...rest] = bounded;
  if (first === undefined) return ['*'];
  return [...first].filter((field) => rest.every((set) => set.has(field)));
}

/**
 * The rules of a share caller (Directus 11 semantics): read only, only in the collections the share
 * reaches, only the reached rows, and there only what both the share's role and the share's creator may
 * read (their row filters AND-ed, their fields intersected; an admin side binds nothing). A collection
 * one non-admin side cannot read at all stays closed. Reading the data model is always allowed.
 */
export function toShareRules(
  reach: readonly ShareReach[],
  share: ShareSide,
  creator: ShareSide,
): PermissionRule[] {
  const reachOf = new Map<string, Filter[]>();
  for (const { collection, filter } of reach)
    reachOf.set(collection, [...(reachOf.get(collection) ?? []), filter]);
  const rules: PermissionRule[] = [];
  for (const [collection, filters] of reachOf) {
    const sides = [share, creator]
      .filter((side) => !side.admin)
      .map((side) => side.rules.filter((rule) => rule.collection === collection && rule.action === 'read'));
    if (sides.some((sideRules) => sideRules.length === 0)) continue;
    const fields = intersect(sides.map(grantedFields));
    if (fields.length === 0) continue;
    const bounds = sides.flatMap((sideRules) => {
      const filter = itemFilterOf(sideRules);
      return filter === null ? [] : [filter];
    });
    rules.push(readRule(collection, allOf([anyOf(filters), ...bounds]), fields, false));
  }
  for (const collection of MODEL_COLLECTIONS) rules.push(readRule(collection, null, ['*'], true));
  return rules;
}
