import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'dotenv';
import { EnvError } from '../env-error.js';

function toText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Arrays and objects keep their structure through the json: prefix, which list and json settings accept.
  return `json:${JSON.stringify(value)}`;
}

function parseJsonConfig(text: string, path: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new EnvError({
      variable: 'CONFIG_PATH',
      accepted: 'a JSON file holding one object of settings',
      received: JSON.stringify(path),
      hint: 'Fix the file or point CONFIG_PATH elsewhere.',
    });
  }
  const entries = Object.entries(data).flatMap(([key, value]) => {
    const textValue = toText(value);
    return textValue === undefined ? [] : [[key, textValue] as const];
  });
  return Object.fromEntries(entries);
}

/**
 * Reads the config file: JSON when the name ends in `.json`, .env syntax otherwise. A missing file
 * is fine unless CONFIG_PATH named it explicitly.
 */
export function readConfigFile(path: string, explicit: boolean): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && !explicit) return {};
    throw new EnvError({
      variable: 'CONFIG_PATH',
      accepted: 'a readable .env or .json file',
      received: JSON.stringify(path),
      hint: missing ? 'Create the file or unset CONFIG_PATH.' : 'Check the file permissions.',
    });
  }
  return extname(path).toLowerCase() === '.json' ? parseJsonConfig(text, path) : parse(text);
}
