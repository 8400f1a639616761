import { InvalidPayloadError } from '@plinth/errors';
import type { CollectionOverview, PrimaryKey } from '@plinth/types';
import { readKey } from './read-key.js';
import { type WritePosition, writeCreateOne } from './write-create-one.js';
import { writeDeleteMany } from './write-delete-many.js';
import { writeKeysWhere, writeMaxWhere, writeRowExists } from './write-rows.js';
import type { WriteSession } from './write-session.js';
import { type AliasWrite, isItemObject } from './write-split-payload.js';
import { writeCollection } from './write-target.js';
import { writeUpdateMany } from './write-update-many.js';

/** The "many" side of one alias: the child (or junction) collection and its foreign key to the parent. */
interface Children {
  overview: CollectionOverview;
  field: string;
  parentKey: PrimaryKey;
  deselect: 'nullify' | 'delete';
  sortField: string | null;
}

const invalidStructure = () => new InvalidPayloadError({ reason: 'Invalid one-to-many update structure' });
const DETAILED_KEYS = new Set(['create', 'update', 'delete']);

async function deselect(
  session: WriteSession,
  children: Children,
  keys: PrimaryKey[],
  position: WritePosition,
) {
  if (keys.length === 0) return;
  const { collection } = children.overview;
  if (children.deselect === 'delete') await writeDeleteMany(session, collection, keys, position.parent);
  else await writeUpdateMany(session, collection, keys, { [children.field]: null }, position);
}

/** Writes one element of a child list (a key to link, or an item to update or create); returns its key. */
async function writeChild(
  session: WriteSession,
  children: Children,
  item: unknown,
  current: Set<string>,
  position: WritePosition,
) {
  const { overview, field, parentKey } = children;
  if (!isItemObject(item)) {
    if (typeof item !== 'string' && typeof item !== 'number') throw invalidStructure();
    const key = readKey(overview, item);
    if (!current.has(String(key)))
      await writeUpdateMany(session, overview.collection, [key], { [field]: parentKey }, position);
    return key;
  }
  const key = item[overview.primary];
  if (
    (typeof key === 'string' || typeof key === 'number') &&
    (await writeRowExists(session.ctx, overview, key))
  ) {
    const { [overview.primary]: _key, ...changes } = item;
    if (current.has(String(key)) && Object.keys(changes).length === 0) return key;
    await writeUpdateMany(session, overview.collection, [key], { ...changes, [field]: parentKey }, position);
    return readKey(overview, key);
  }
  return writeCreateOne(session, overview.collection, { ...item, [field]: parentKey }, position);
}

/** The array form: the complete new set of children; those left out are unlinked or deleted. */
async function replaceChildren(
  session: WriteSession,
  children: Children,
  items: unknown[],
  position: WritePosition,
) {
  const { overview, field, parentKey } = children;
  const current = new Set((await writeKeysWhere(session.ctx, overview, field, parentKey)).map(String));
  const kept = new Set<string>();
  for (const [index, item] of items.entries()) {
    const key = await writeChild(session, children, item, current, {
      ...position,
      path: [...position.path, index],
    });
    kept.add(String(key));
  }
  const gone = [...current].filter((key) => !kept.has(key));
  await deselect(
    session,
    children,
    gone.map((key) => readKey(overview, key)),
    position,
  );
}

/** The `{create, update, delete}` form: only the listed children change. */
async function alterChildren(
  session: WriteSession,
  children: Children,
  changes: Record<string, unknown>,
  position: WritePosition,
) {
  const { overview, field, parentKey, sortField } = children;
  const { create = [], update = [], delete: remove = [] } = changes;
  if (!Array.isArray(create) || !Array.isArray(update) || !Array.isArray(remove)) throw invalidStructure();
  let sort = sortField ? await writeMaxWhere(session.ctx, overview, sortField, field, parentKey) : 0;
  for (const item of create) {
    if (!isItemObject(item)) throw invalidStructure();
    const filled = sortField && item[sortField] === undefined ? { ...item, [sortField]: ++sort } : item;
    await writeCreateOne(session, overview.collection, { ...filled, [field]: parentKey }, position);
  }
  for (const item of update) {
    if (!isItemObject(item)) throw invalidStructure();
    const { [overview.primary]: key, ...rest } = item;
    await writeUpdateMany(session, overview.collection, [key], { ...rest, [field]: parentKey }, position);
  }
  const current = new Set((await writeKeysWhere(session.ctx, overview, field, parentKey)).map(String));
  const listed = remove.map((key) => readKey(overview, key)).filter((key) => current.has(String(key)));
  await deselect(session, children, listed, position);
}

/**
 * Writes the o2m, m2m and m2a aliases of a payload once the parent row exists (§9.6). m2m and m2a are
 * o2m writes of junction rows, whose own m2o/a2o values reach the far side.
 */
export async function writeOneToMany(
  session: WriteSession,
  parentKey: PrimaryKey,
  aliases: AliasWrite[],
  position: WritePosition,
): Promise<void> {
  for (const { field, relation, value } of aliases) {
    if (value === undefined) continue;
    const meta = relation.relation.meta;
    const children: Children = {
      overview: writeCollection(session.ctx, relation.relation.collection),
      field: relation.relation.field,
      parentKey,
      deselect: meta?.one_deselect_action === 'delete' ? 'delete' : 'nullify',
      sortField: meta?.sort_field ?? null,
    };
    const nested = { path: [...position.path, field], parent: position.parent };
    if (value === null || Array.isArray(value)) await replaceChildren(session, children, value ?? [], nested);
    else if (isItemObject(value) && Object.keys(value).every((key) => DETAILED_KEYS.has(key))) {
      await alterChildren(session, children, value, nested);
    } else throw invalidStructure();
  }
}
