import type { EnvDefinition } from '../env-definition.js';
import { invalid, kindParsers, kindsByPrefix, toBoolean } from './kind-parsers.js';
import { splitTypePrefix } from './type-prefix.js';

export { invalid } from './kind-parsers.js';

/** Returned when the text means "not set" (empty, without a prefix). */
export const unset: unique symbol = Symbol('unset');

function parseSwitch(definition: EnvDefinition, body: string): boolean | undefined {
  if (!definition.orBoolean && !definition.orFalse) return undefined;
  const flag = toBoolean(body);
  // `1`/`0` stay numbers here: `CACHE_CONTROL_S_MAXAGE=0` means zero, not off.
  if (flag === undefined || /^[01]$/.test(body.trim())) return undefined;
  if (flag && !definition.orBoolean) return undefined;
  return flag;
}

/**
 * Reads one setting's text. An empty value without a prefix counts as unset, so `PORT=` in a
 * compose file falls back to the default; `string:` or `array:` give an explicit empty value.
 * Defaults are written in the same syntax and go through the same path (`isDefault` keeps `''`).
 */
export function parseSetting(definition: EnvDefinition, raw: string, isDefault = false): unknown {
  const { prefix, body } = splitTypePrefix(raw);
  if (prefix === undefined && body.trim() === '') {
    if (!isDefault) return unset;
    return definition.kind === 'list' ? [] : definition.kind === 'string' ? '' : unset;
  }
  if (prefix === undefined || prefix === 'boolean') {
    const flag = parseSwitch(definition, body);
    if (flag !== undefined) return flag;
  }
  if (prefix !== undefined && !kindsByPrefix[prefix].includes(definition.kind)) return invalid;
  return kindParsers[definition.kind](body, definition, prefix);
}
