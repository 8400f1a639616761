import type { EnvDefinition } from '../env-definition.js';
import { EnvError } from '../env-error.js';
import { describeAccepted } from './describe-accepted.js';
import { describeReceived } from './describe-received.js';
import { invalid, parseSetting, unset } from './parse-setting.js';

/** The parsed settings and the defaults that were applied, as text. */
export interface ParsedDefinitions {
  values: Record<string, unknown>;
  defaultsUsed: Record<string, string>;
}

function appliesDefault(definition: EnvDefinition, values: Readonly<Record<string, unknown>>): boolean {
  if (definition.default === undefined) return false;
  const condition = definition.defaultWhen;
  return condition === undefined || values[condition.name] === condition.equals;
}

function parseOne(definition: EnvDefinition, raw: string, hint: string): unknown {
  const value = parseSetting(definition, raw);
  if (value !== invalid) return value;
  throw new EnvError({
    variable: definition.name,
    accepted: describeAccepted(definition),
    received: describeReceived(definition.name, raw),
    hint,
  });
}

/**
 * Parses every defined setting from the merged text. Settings whose default depends on another
 * (`defaultWhen`) are handled after the rest, so the one they depend on is already parsed.
 */
export function parseDefinitions(
  definitions: readonly EnvDefinition[],
  source: Readonly<Record<string, string>>,
  hint: string,
): ParsedDefinitions {
  const values: Record<string, unknown> = {};
  const defaultsUsed: Record<string, string> = {};
  const ordered = [
    ...definitions.filter((definition) => definition.defaultWhen === undefined),
    ...definitions.filter((definition) => definition.defaultWhen !== undefined),
  ];
  for (const definition of ordered) {
    const raw = source[definition.name];
    const value = raw === undefined ? unset : parseOne(definition, raw, hint);
    if (value !== unset) {
      values[definition.name] = value;
    } else if (appliesDefault(definition, values) && definition.default !== undefined) {
      values[definition.name] = parseSetting(definition, definition.default, true);
      defaultsUsed[definition.name] = definition.default;
    } else {
      values[definition.name] = undefined;
    }
  }
  return { values, defaultsUsed };
}
