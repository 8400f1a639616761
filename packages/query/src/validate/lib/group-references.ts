import type { FieldReference } from '../../field-reference.js';
import { parseFieldReference } from '../../parse-field-reference.js';
import { toFunctionOutputKey } from '../../to-function-output-key.js';
import type { LevelInput } from './level-input.js';
import { readableFields, relationOf, type ValidateContext } from './validate-context.js';

/** The references of one level gathered per output key. */
export interface FieldGroup {
  key: string;
  /** The schema field the key reads. */
  field: string;
  /** Selected as a value (no sub-fields). */
  plain: boolean;
  /** A function at this level (`year(date)`, or an alias to one). */
  fn?: FieldReference;
  /** Sub-field references, relative to the related collection, with the a2o scope they were written with. */
  rests: Array<{ reference: FieldReference; scope: string | undefined }>;
}

/** A reference one level down: the first segment dropped, scopes re-indexed. */
export function shiftReference(reference: FieldReference): FieldReference {
  const rest: FieldReference = { path: reference.path.slice(1) };
  if (reference.fn) rest.fn = { ...reference.fn, field: reference.fn.field.slice(-1) };
  for (const [index, scope] of Object.entries(reference.scopes ?? {})) {
    if (Number(index) === 0) continue;
    rest.scopes ??= {};
    rest.scopes[Number(index) - 1] = scope;
  }
  return rest;
}

function groupFor(groups: Map<string, FieldGroup>, key: string, field: string): FieldGroup {
  let group = groups.get(key);
  if (!group) {
    group = { key, field, plain: false, rests: [] };
    groups.set(key, group);
  }
  return group;
}

function addWildcard(
  ctx: ValidateContext,
  input: LevelInput,
  groups: Map<string, FieldGroup>,
  reference: FieldReference,
): void {
  for (const field of readableFields(ctx, input.target.collection)) {
    const relation = relationOf(ctx, input.target.collection, field.field);
    if (input.via && !ctx.backlink && relation?.relation === input.via) continue;
    if (field.alias && !relation) continue;
    const group = groupFor(groups, field.field, field.field);
    if (reference.path.length === 1 || !relation) group.plain = true;
    else group.rests.push({ reference: shiftReference(reference), scope: undefined });
  }
}

/**
 * Groups a level's field references by output key: wildcards become every readable field (and, for
 * `*.*`, every relational field with a wildcard below), aliases are resolved to their field, and dotted
 * paths are gathered under their first segment.
 */
export function groupReferences(ctx: ValidateContext, input: LevelInput): FieldGroup[] {
  const groups = new Map<string, FieldGroup>();
  const alias = input.params.alias ?? {};
  for (const reference of input.references) {
    const name = reference.path[0] ?? '';
    if (name === '*') {
      addWildcard(ctx, input, groups, reference);
      continue;
    }
    if (reference.fn && reference.path.length === 1) {
      groupFor(groups, toFunctionOutputKey(reference), name).fn = reference;
      continue;
    }
    const target = Object.hasOwn(alias, name) ? parseFieldReference(alias[name] ?? '') : null;
    const field = target?.path[0] ?? name;
    const group = groupFor(groups, name, field);
    if (target?.fn) group.fn = target;
    else if (reference.path.length === 1) group.plain = true;
    else group.rests.push({ reference: shiftReference(reference), scope: reference.scopes?.[0] });
  }
  return [...groups.values()];
}
