import type { EnvDefinition, EnvKind } from '../env-definition.js';
import { toBytes } from './to-bytes.js';
import { toMilliseconds } from './to-milliseconds.js';
import type { TypePrefix } from './type-prefix.js';

/** Returned by a parser when the text is not acceptable. */
export const invalid: unique symbol = Symbol('invalid');

type KindParser = (body: string, definition: EnvDefinition, prefix: TypePrefix | undefined) => unknown;

const integerPattern = /^[+-]?\d+$/;
const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const booleanWords: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false };

/** `true`/`false` (and `1`/`0`), case-insensitive; `undefined` for anything else. */
export function toBoolean(text: string): boolean | undefined {
  return booleanWords[text.trim().toLowerCase()];
}

function isInfinity(text: string, definition: EnvDefinition): boolean {
  return (
    'allowInfinity' in definition && definition.allowInfinity === true && /^\+?infinity$/i.test(text.trim())
  );
}

function withinRange(value: number, definition: EnvDefinition): boolean {
  if (
    !('min' in definition || 'max' in definition) ||
    (definition.kind !== 'number' && definition.kind !== 'integer')
  ) {
    return true;
  }
  if (definition.min !== undefined && value < definition.min) return false;
  return definition.max === undefined || value <= definition.max;
}

function parseNumber(body: string, definition: EnvDefinition): unknown {
  if (isInfinity(body, definition)) return Number.POSITIVE_INFINITY;
  const text = body.trim();
  const pattern = definition.kind === 'integer' ? integerPattern : numberPattern;
  if (!pattern.test(text)) return invalid;
  const value = Number(text);
  if (definition.kind === 'integer' && !Number.isSafeInteger(value)) return invalid;
  return withinRange(value, definition) ? value : invalid;
}

function parseDuration(body: string, definition: EnvDefinition, prefix: TypePrefix | undefined): unknown {
  if (isInfinity(body, definition)) return Number.POSITIVE_INFINITY;
  if (prefix === 'number' && !numberPattern.test(body.trim())) return invalid;
  const bareUnit = definition.kind === 'duration' ? (definition.bareUnit ?? 'ms') : 'ms';
  return toMilliseconds(body, bareUnit) ?? invalid;
}

function parseBytes(body: string, definition: EnvDefinition, prefix: TypePrefix | undefined): unknown {
  if (isInfinity(body, definition)) return Number.POSITIVE_INFINITY;
  if (prefix === 'number' && !numberPattern.test(body.trim())) return invalid;
  return toBytes(body) ?? invalid;
}

function parseEnum(body: string, definition: EnvDefinition): unknown {
  if (definition.kind !== 'enum') return invalid;
  const text = body.trim().toLowerCase();
  const value = definition.values.find((candidate) => candidate.toLowerCase() === text);
  return value ?? definition.aliases?.[text] ?? invalid;
}

function parseUrl(body: string, definition: EnvDefinition): unknown {
  if (definition.kind !== 'url') return invalid;
  const text = body.trim();
  if (definition.allowPath && text.startsWith('/')) return text;
  if (!URL.canParse(text)) return invalid;
  const { protocol } = new URL(text);
  return definition.protocols === undefined || definition.protocols.includes(protocol) ? text : invalid;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return invalid;
  }
}

function parseList(body: string, _definition: EnvDefinition, prefix: TypePrefix | undefined): unknown {
  if (prefix === 'json') {
    const value = parseJson(body);
    const isList = Array.isArray(value) && value.every((item) => ['string', 'number'].includes(typeof item));
    return isList ? value.map(String) : invalid;
  }
  return body
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Builds a RegExp from `pattern` or `/pattern/flags`; global and sticky flags are refused (they make matching stateful). */
export function toRegExp(text: string): RegExp | undefined {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(text.trim());
  const [source, flags] = literal ? [literal[1] ?? '', literal[2] ?? ''] : [text.trim(), ''];
  if (source === '' || /[gy]/.test(flags)) return undefined;
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

function parseRegexOrList(body: string, definition: EnvDefinition, prefix: TypePrefix | undefined): unknown {
  if (prefix === 'regex' || (prefix === undefined && /^\/.+\/[a-z]*$/s.test(body.trim()))) {
    return toRegExp(body) ?? invalid;
  }
  if (prefix === undefined) {
    const flag = toBoolean(body);
    if (flag !== undefined && !/^[01]$/.test(body.trim())) return flag;
  }
  return parseList(body, definition, prefix);
}

/** One parser per kind, so adding a kind is adding an entry rather than a branch. */
export const kindParsers: Readonly<Record<EnvKind, KindParser>> = {
  string: (body) => body,
  number: parseNumber,
  integer: parseNumber,
  boolean: (body) => toBoolean(body) ?? invalid,
  duration: parseDuration,
  bytes: parseBytes,
  list: parseList,
  enum: parseEnum,
  url: parseUrl,
  json: parseJson,
  'regex-or-list': parseRegexOrList,
};

/** Which prefixes make sense for which kinds; any other pairing is a mistake worth reporting. */
export const kindsByPrefix: Readonly<Record<TypePrefix, readonly EnvKind[]>> = {
  string: ['string', 'url', 'enum', 'duration', 'bytes'],
  number: ['number', 'integer', 'duration', 'bytes'],
  boolean: ['boolean'],
  array: ['list', 'regex-or-list'],
  json: ['json', 'list', 'regex-or-list'],
  regex: ['regex-or-list'],
};
