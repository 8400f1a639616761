import { describe, expect, it } from 'vitest';
import type { EnvDefinition } from '../env-definition.js';
import { invalid, parseSetting, unset } from './parse-setting.js';

const base = { name: 'X', group: 'Server', description: 'test' } as const;
const def = (extra: Partial<EnvDefinition> & Pick<EnvDefinition, 'kind'>): EnvDefinition =>
  ({ ...base, ...extra }) as EnvDefinition;

describe('parseSetting', () => {
  it('reads strings verbatim', () => {
    expect(parseSetting(def({ kind: 'string' }), ' a b ')).toBe(' a b ');
  });

  it('reads integers within bounds and refuses others', () => {
    const port = def({ kind: 'integer', min: 1, max: 65535 });
    expect(parseSetting(port, '8080')).toBe(8080);
    expect(parseSetting(port, '0')).toBe(invalid);
    expect(parseSetting(port, '70000')).toBe(invalid);
    expect(parseSetting(port, '80.5')).toBe(invalid);
    expect(parseSetting(port, 'abc')).toBe(invalid);
    expect(parseSetting(port, 'Infinity')).toBe(invalid);
  });

  it('reads Infinity only where allowed', () => {
    expect(parseSetting(def({ kind: 'integer', allowInfinity: true }), 'Infinity')).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(parseSetting(def({ kind: 'number' }), 'Infinity')).toBe(invalid);
  });

  it('reads decimal numbers', () => {
    const ratio = def({ kind: 'number', min: 0, max: 1 });
    expect(parseSetting(ratio, '0.99')).toBe(0.99);
    expect(parseSetting(ratio, '1.5')).toBe(invalid);
  });

  it('reads booleans', () => {
    const flag = def({ kind: 'boolean' });
    expect(parseSetting(flag, 'true')).toBe(true);
    expect(parseSetting(flag, 'FALSE')).toBe(false);
    expect(parseSetting(flag, '1')).toBe(true);
    expect(parseSetting(flag, 'yes')).toBe(invalid);
  });

  it('reads durations into milliseconds, honouring the bare unit', () => {
    expect(parseSetting(def({ kind: 'duration' }), '15m')).toBe(900_000);
    expect(parseSetting(def({ kind: 'duration' }), '7d')).toBe(604_800_000);
    expect(parseSetting(def({ kind: 'duration' }), '500')).toBe(500);
    expect(parseSetting(def({ kind: 'duration', bareUnit: 's' }), '60')).toBe(60_000);
    expect(parseSetting(def({ kind: 'duration', bareUnit: 's' }), '250ms')).toBe(250);
    expect(parseSetting(def({ kind: 'duration' }), 'soon')).toBe(invalid);
  });

  it('reads sizes into bytes', () => {
    expect(parseSetting(def({ kind: 'bytes' }), '1mb')).toBe(1_048_576);
    expect(parseSetting(def({ kind: 'bytes' }), '10KB')).toBe(10_240);
    expect(parseSetting(def({ kind: 'bytes' }), '2gb')).toBe(2 * 1024 ** 3);
    expect(parseSetting(def({ kind: 'bytes' }), '123')).toBe(123);
    expect(parseSetting(def({ kind: 'bytes' }), 'big')).toBe(invalid);
  });

  it('splits lists on commas and drops blanks', () => {
    expect(parseSetting(def({ kind: 'list' }), 'a, b,,c ')).toEqual(['a', 'b', 'c']);
  });

  it('matches enums case-insensitively and normalizes aliases', () => {
    const client = def({ kind: 'enum', values: ['sqlite', 'pg'], aliases: { postgres: 'pg' } });
    expect(parseSetting(client, 'PG')).toBe('pg');
    expect(parseSetting(client, 'postgres')).toBe('pg');
    expect(parseSetting(client, 'oracle')).toBe(invalid);
  });

  it('checks URLs, protocols and paths', () => {
    const url = def({ kind: 'url', protocols: ['https:'], allowPath: true });
    expect(parseSetting(url, 'https://example.com')).toBe('https://example.com');
    expect(parseSetting(url, '/')).toBe('/');
    expect(parseSetting(url, 'ftp://example.com')).toBe(invalid);
    expect(parseSetting(url, 'example.com')).toBe(invalid);
  });

  it('parses JSON', () => {
    expect(parseSetting(def({ kind: 'json' }), '{"a":[1]}')).toEqual({ a: [1] });
    expect(parseSetting(def({ kind: 'json' }), '{a')).toBe(invalid);
  });

  it('reads regex-or-list values as booleans, regexes or lists', () => {
    const origin = def({ kind: 'regex-or-list' });
    expect(parseSetting(origin, 'true')).toBe(true);
    expect(parseSetting(origin, 'false')).toBe(false);
    expect(parseSetting(origin, 'https://a.com,https://b.com')).toEqual(['https://a.com', 'https://b.com']);
    const literal = parseSetting(origin, '/\\.example\\.com$/i') as RegExp;
    expect(literal.test('app.EXAMPLE.com')).toBe(true);
    const prefixed = parseSetting(origin, 'regex:^https://x') as RegExp;
    expect(prefixed).toBeInstanceOf(RegExp);
    expect(prefixed.source).toBe('^https:\\/\\/x');
    expect(parseSetting(origin, 'regex:(')).toBe(invalid);
    expect(parseSetting(origin, '/a/g')).toBe(invalid);
  });

  it('treats an empty value as unset, but keeps empty defaults and explicit prefixes', () => {
    expect(parseSetting(def({ kind: 'integer' }), '')).toBe(unset);
    expect(parseSetting(def({ kind: 'list' }), '  ')).toBe(unset);
    expect(parseSetting(def({ kind: 'list' }), '', true)).toEqual([]);
    expect(parseSetting(def({ kind: 'string' }), 'string:')).toBe('');
    expect(parseSetting(def({ kind: 'list' }), 'array:')).toEqual([]);
  });

  it('honours type prefixes that fit the kind', () => {
    expect(parseSetting(def({ kind: 'integer' }), 'number:42')).toBe(42);
    expect(parseSetting(def({ kind: 'boolean' }), 'boolean:true')).toBe(true);
    expect(parseSetting(def({ kind: 'list' }), 'array:a,b')).toEqual(['a', 'b']);
    expect(parseSetting(def({ kind: 'list' }), 'json:["a,b","c"]')).toEqual(['a,b', 'c']);
    expect(parseSetting(def({ kind: 'json' }), 'json:{"x":1}')).toEqual({ x: 1 });
    expect(parseSetting(def({ kind: 'string' }), 'string:true')).toBe('true');
    expect(parseSetting(def({ kind: 'duration', bareUnit: 's' }), 'number:2')).toBe(2000);
  });

  it('refuses prefixes that contradict the kind', () => {
    expect(parseSetting(def({ kind: 'integer' }), 'string:42')).toBe(invalid);
    expect(parseSetting(def({ kind: 'boolean' }), 'array:true')).toBe(invalid);
    expect(parseSetting(def({ kind: 'list' }), 'json:{"a":1}')).toBe(invalid);
    expect(parseSetting(def({ kind: 'duration' }), 'number:15m')).toBe(invalid);
  });

  it('accepts false (and true) where the definition allows switching off', () => {
    const size = def({ kind: 'bytes', orFalse: true });
    expect(parseSetting(size, 'false')).toBe(false);
    expect(parseSetting(size, 'boolean:false')).toBe(false);
    expect(parseSetting(size, 'true')).toBe(invalid);
    const proxies = def({ kind: 'list', orBoolean: true });
    expect(parseSetting(proxies, 'true')).toBe(true);
    expect(parseSetting(proxies, '10.0.0.0/8')).toEqual(['10.0.0.0/8']);
    expect(parseSetting(def({ kind: 'integer', orFalse: true }), '0')).toBe(0);
  });
});
