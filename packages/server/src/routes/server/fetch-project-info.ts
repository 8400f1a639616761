import type { Kysely } from 'kysely';

const PROJECT_FIELDS = [
  'project_name',
  'project_descriptor',
  'project_logo',
  'project_color',
  'default_appearance',
  'default_theme_light',
  'default_theme_dark',
  'theme_light_overrides',
  'theme_dark_overrides',
  'default_language',
  'public_foreground',
  'public_background',
  'public_favicon',
  'public_note',
  'custom_css',
  'public_registration',
  'public_registration_verify_email',
] as const;

const JSON_FIELDS = new Set(['theme_light_overrides', 'theme_dark_overrides']);
/** Column defaults, for a project whose settings row does not exist yet. */
const DEFAULTS: Record<string, unknown> = {
  default_appearance: 'auto',
  public_registration: false,
  public_registration_verify_email: true,
};
const BOOLEAN_FIELDS = new Set(['public_registration', 'public_registration_verify_email']);

/** The public face of the project from `directus_settings`, shaped as `/server/info` returns it. */
export async function fetchProjectInfo(
  db: Kysely<any>,
  fallbackName: string,
): Promise<Record<string, unknown>> {
  const row: Record<string, unknown> =
    (await db.selectFrom('directus_settings').select(PROJECT_FIELDS).executeTakeFirst()) ?? {};
  const project: Record<string, unknown> = {};
  for (const field of PROJECT_FIELDS)
    project[field] = normalize(field, row[field] ?? DEFAULTS[field] ?? null);
  project.project_name ??= fallbackName;
  if (project.public_background) {
    const file = await db
      .selectFrom('directus_files')
      .select(['id', 'type'])
      .where('id', '=', project.public_background as string)
      .executeTakeFirst();
    project.public_background = file ?? null;
  }
  return project;
}

function normalize(field: string, value: unknown): unknown {
  if (value === null) return null;
  if (JSON_FIELDS.has(field) && typeof value === 'string') return JSON.parse(value);
  if (BOOLEAN_FIELDS.has(field)) return value === true || value === 1 || value === '1';
  return value;
}
