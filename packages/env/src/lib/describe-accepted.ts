import type { EnvDefinition, EnvKind } from '../env-definition.js';

function describeRange(definition: EnvDefinition): string {
  if (definition.kind !== 'number' && definition.kind !== 'integer') return '';
  const { min, max } = definition;
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function describeEnum(definition: EnvDefinition): string {
  if (definition.kind !== 'enum') return 'one of a fixed set';
  const aliases = Object.keys(definition.aliases ?? {});
  const also = aliases.length > 0 ? ` (also ${aliases.join(', ')})` : '';
  return `one of ${definition.values.join(', ')}${also}`;
}

function describeUrl(definition: EnvDefinition): string {
  if (definition.kind !== 'url') return 'a URL';
  const protocols = definition.protocols ? ` (${definition.protocols.join(' or ')})` : '';
  return `an absolute URL${protocols}${definition.allowPath ? ' or a path starting with /' : ''}`;
}

function describeDuration(definition: EnvDefinition): string {
  const bare = definition.kind === 'duration' && definition.bareUnit === 's' ? 'seconds' : 'milliseconds';
  return `a duration such as 500ms, 30s, 15m, 1h or 7d (bare numbers are ${bare})`;
}

const describers: Readonly<Record<EnvKind, (definition: EnvDefinition) => string>> = {
  string: () => 'text',
  number: (definition) => `a number${describeRange(definition)}`,
  integer: (definition) => `an integer${describeRange(definition)}`,
  boolean: () => 'true or false',
  duration: describeDuration,
  bytes: () => 'a size such as 512kb, 1mb or 2gb (bare numbers are bytes)',
  list: () => 'a comma-separated list',
  enum: describeEnum,
  url: describeUrl,
  json: () => 'valid JSON',
  'regex-or-list': () => 'true, false, a comma-separated list, or a regex: pattern',
};

/** What a setting accepts, as the middle of "X must be …, got …". */
export function describeAccepted(definition: EnvDefinition): string {
  const base = describers[definition.kind](definition);
  const infinity = 'allowInfinity' in definition && definition.allowInfinity ? ' or Infinity' : '';
  const switchWord = definition.orBoolean ? 'true, false or ' : definition.orFalse ? 'false or ' : '';
  return `${switchWord}${base}${infinity}`;
}
