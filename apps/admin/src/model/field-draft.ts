import { toChoices } from '../lib/field-kinds.js';
import type { FieldInfo } from '../lib/schema-types.js';

/** What the field editor edits, as text and flags. */
export interface FieldDraft {
  note: string;
  required: boolean;
  readonly: boolean;
  hidden: boolean;
  /** The column default as typed: empty is none; JSON for a `json` column. */
  defaultValue: string;
  unique: boolean;
  interface: string;
  /** One choice a line: `value`, or `value=Label`. */
  choices: string;
  placeholder: string;
}

/** The interfaces the editor offers; a field keeps any other one it already has. */
export const EDITOR_INTERFACES = [
  'input',
  'input-multiline',
  'select-dropdown',
  'boolean',
  'datetime',
  'input-code',
] as const;

/** Interfaces whose options include a placeholder. */
export const PLACEHOLDER_INTERFACES = new Set(['input', 'input-multiline']);

const NUMERIC_TYPES = new Set(['integer', 'bigInteger', 'float', 'decimal']);

/** The editor's starting point for `field`. */
export function toFieldDraft(field: FieldInfo): FieldDraft {
  const options = field.meta?.options ?? {};
  return {
    note: field.meta?.note ?? '',
    required: field.meta?.required === true,
    readonly: field.meta?.readonly === true,
    hidden: field.meta?.hidden === true,
    defaultValue: toDefaultText(field.schema?.default_value),
    unique: field.schema?.is_unique === true,
    interface: field.meta?.interface ?? 'input',
    choices: toChoices(field)
      .map(({ text, value }) => (text === value ? value : `${value}=${text}`))
      .join('\n'),
    placeholder: typeof options['placeholder'] === 'string' ? options['placeholder'] : '',
  };
}

/** A column default as the editor shows it: JSON for objects, empty for none. */
export function toDefaultText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The typed column default of `text` for a column of `type`: empty is `null`, numbers and booleans
 * are checked, JSON is parsed. Throws an error naming the problem when the text does not fit.
 */
export function parseDefaultValue(text: string, type: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (NUMERIC_TYPES.has(type)) {
    const number = Number(trimmed);
    if (Number.isNaN(number)) throw new Error(`The default of a ${type} field must be a number.`);
    return number;
  }
  if (type === 'boolean') {
    if (trimmed !== 'true' && trimmed !== 'false') {
      throw new Error('The default of a boolean field must be true or false.');
    }
    return trimmed === 'true';
  }
  if (type === 'json') {
    try {
      return JSON.parse(trimmed);
    } catch {
      throw new Error('The default of a json field must be JSON.');
    }
  }
  return text;
}

/** The `{text, value}` choices of the editor's choice lines (blank lines left out). */
export function parseChoices(lines: string): Array<{ text: string; value: string }> {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf('=');
      if (at < 0) return { text: line, value: line };
      return { value: line.slice(0, at).trim(), text: line.slice(at + 1).trim() };
    });
}

function toOptions(field: FieldInfo, draft: FieldDraft): Record<string, unknown> {
  const options: Record<string, unknown> = { ...(field.meta?.options ?? {}) };
  delete options['choices'];
  delete options['placeholder'];
  if (draft.interface === 'select-dropdown') options['choices'] = parseChoices(draft.choices);
  if (PLACEHOLDER_INTERFACES.has(draft.interface) && draft.placeholder.trim() !== '') {
    options['placeholder'] = draft.placeholder;
  }
  return options;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The `PATCH /fields/:collection/:field` body that turns `field` into `draft`: only the meta keys and
 * column settings that changed (an alias field has no column settings). `null` when nothing changed.
 */
export function toFieldPatch(field: FieldInfo, draft: FieldDraft): Record<string, unknown> | null {
  const before = toFieldDraft(field);
  const meta: Record<string, unknown> = {};
  if (draft.note !== before.note) meta['note'] = draft.note.trim() === '' ? null : draft.note;
  for (const flag of ['required', 'readonly', 'hidden'] as const) {
    if (draft[flag] !== before[flag]) meta[flag] = draft[flag];
  }
  if (draft.interface !== before.interface) meta['interface'] = draft.interface;
  const options = toOptions(field, draft);
  if (!same(options, toOptions(field, before))) meta['options'] = options;

  const schema: Record<string, unknown> = {};
  if (field.schema) {
    // Compared as typed: the API may report a default as text that the column stores as a number.
    if (draft.defaultValue !== before.defaultValue) {
      schema['default_value'] = parseDefaultValue(draft.defaultValue, field.type);
    }
    if (draft.unique !== before.unique) schema['is_unique'] = draft.unique;
  }
  const patch = {
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
    ...(Object.keys(schema).length > 0 ? { schema } : {}),
  };
  return Object.keys(patch).length > 0 ? patch : null;
}
