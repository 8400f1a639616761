import type { EnvDefinition, EnvGroup } from './env-definition.js';
import { envDefinitions } from './env-definitions.js';

/** One row of the configuration reference, as text. */
export interface SettingDescription {
  name: string;
  group: EnvGroup;
  /** E.g. `integer 1–65535`, `duration`, `enum: pretty \| raw` (unescaped). */
  type: string;
  /** The default as written in the environment, or a sentence when it is computed; `undefined` when none. */
  default: string | undefined;
  description: string;
  secret: boolean;
}

function describeType(definition: EnvDefinition): string {
  const switchPrefix = definition.orBoolean ? 'boolean | ' : definition.orFalse ? 'false | ' : '';
  let base: string = definition.kind;
  if (definition.kind === 'enum') base = definition.values.join(' | ');
  if (definition.kind === 'regex-or-list') base = 'boolean | list | regex';
  if (definition.kind === 'duration' && definition.bareUnit === 's') base = 'duration (bare = s)';
  if ((definition.kind === 'number' || definition.kind === 'integer') && definition.min !== undefined) {
    base += definition.max === undefined ? ` ≥ ${definition.min}` : ` ${definition.min}–${definition.max}`;
  }
  const infinity = 'allowInfinity' in definition && definition.allowInfinity ? ' | Infinity' : '';
  return `${switchPrefix}${base}${infinity}`;
}

function describeDefault(definition: EnvDefinition): string | undefined {
  if (definition.name === 'SECRET') return 'random per boot';
  if (definition.name === 'REDIS_ENABLED') return 'true when REDIS or REDIS_HOST is set';
  if (definition.default === undefined) return undefined;
  const condition = definition.defaultWhen;
  const text = JSON.stringify(definition.default).slice(1, -1);
  return condition ? `${text} (when ${condition.name} is ${condition.equals})` : text;
}

/** Every setting as text, in documentation order: for the docs, `plinth env --help`-style listings and tests. */
export function describeSettings(): SettingDescription[] {
  return (envDefinitions as readonly EnvDefinition[]).map((definition) => ({
    name: definition.name,
    group: definition.group,
    type: describeType(definition),
    default: describeDefault(definition),
    description: definition.description,
    secret: definition.secret === true,
  }));
}
