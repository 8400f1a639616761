import type { FieldInfo } from '../lib/schema-types.js';

const TOKEN = /\{\{\s*([\w.]+)\s*\}\}/g;

/** The field paths a display template such as `{{title}} ({{author.name}})` reads. */
export function templateFields(template: string): string[] {
  return [...new Set([...template.matchAll(TOKEN)].map((match) => match[1] as string))];
}

/** Fills a display template from `item`; a missing value renders as nothing, an object as its JSON. */
export function renderTemplate(template: string, item: Record<string, unknown>): string {
  return template
    .replace(TOKEN, (_token, path: string) => {
      let value: unknown = item;
      for (const part of path.split('.')) {
        value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
      }
      if (value === null || value === undefined) return '';
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    })
    .trim();
}

/**
 * The template a related item is shown by: the one given (a field's `options.template` or its
 * collection's `display_template`), else its first visible text field, else its primary key.
 */
export function toDisplayTemplate(fields: readonly FieldInfo[], given: unknown): string {
  if (typeof given === 'string' && templateFields(given).length > 0) return given;
  const text = fields.find(
    (field) =>
      !field.schema?.is_primary_key && !field.meta?.hidden && ['string', 'text'].includes(field.type),
  );
  const key = fields.find((field) => field.schema?.is_primary_key)?.field ?? 'id';
  return `{{${text?.field ?? key}}}`;
}
