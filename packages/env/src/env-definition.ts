/**
 * How a setting's text is turned into a value.
 *
 * - `string`, `url`, `enum`: text (enum values are matched case-insensitively and aliases normalized)
 * - `number`, `integer`: numbers, optionally bounded, optionally `Infinity`
 * - `boolean`: `true`/`false` (also `1`/`0`)
 * - `duration`: milliseconds; accepts `500`, `500ms`, `30s`, `15m`, `1h`, `7d`, `1w`
 * - `bytes`: a byte count; accepts `1024`, `10kb`, `1mb`, `2gb` (1024-based)
 * - `list`: comma-separated text → `string[]`
 * - `json`: any JSON value
 * - `regex-or-list`: `true`, `false`, a `regex:`/`/…/flags` pattern, or a list (used by `CORS_ORIGIN`)
 */
export type EnvKind =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'duration'
  | 'bytes'
  | 'list'
  | 'enum'
  | 'url'
  | 'json'
  | 'regex-or-list';

/** The sections of docs/configuration.md, in the order they are rendered. */
export const envGroups = [
  'Server',
  'Query limits',
  'Database',
  'Security & tokens',
  'Authentication',
  'CORS',
  'Rate limiting',
  'Cache',
  'Redis',
  'Storage & files',
  'Assets',
  'Import & export',
  'Email',
  'Realtime',
  'GraphQL & OpenAPI',
  'Extensions & flows',
  'Retention',
  'Hashing',
  'Metrics & telemetry',
] as const;

/** One section of the configuration reference. */
export type EnvGroup = (typeof envGroups)[number];

/** Fields every setting has, whatever its kind. */
interface BaseDefinition {
  /** The variable name, exactly as written in the environment. */
  name: string;
  group: EnvGroup;
  /** One line for the configuration reference. */
  description: string;
  /**
   * The default as it would be written in the environment; parsed like a real value.
   * Absent means the setting is `undefined` when unset.
   */
  default?: string;
  /** Apply `default` only while another setting has this value (e.g. `DB_FILENAME` for SQLite). */
  defaultWhen?: { readonly name: string; readonly equals: string };
  /** Never shown in errors or logs. */
  secret?: boolean;
  /** Also accepts `false` (the feature is off); the value is then `false`. */
  orFalse?: boolean;
  /** Also accepts `true` and `false`; the value is then a boolean. */
  orBoolean?: boolean;
}

/** A number, optionally bounded. */
export interface NumberDefinition extends BaseDefinition {
  kind: 'number' | 'integer';
  min?: number;
  max?: number;
  /** Accept `Infinity` (no limit). */
  allowInfinity?: boolean;
}

/** A duration resolved to milliseconds. */
export interface DurationDefinition extends BaseDefinition {
  kind: 'duration';
  /**
   * Unit of a bare number. Directus reads some durations in seconds; keeping that meaning lets
   * an existing .env work unchanged. The parsed value is always milliseconds.
   * @default 'ms'
   */
  bareUnit?: 'ms' | 's';
  allowInfinity?: boolean;
}

/** A size resolved to bytes. */
export interface BytesDefinition extends BaseDefinition {
  kind: 'bytes';
  allowInfinity?: boolean;
}

/** One of a fixed set of values. */
export interface EnumDefinition extends BaseDefinition {
  kind: 'enum';
  values: readonly string[];
  /** Other spellings accepted and normalized, e.g. `postgres` → `pg`. */
  aliases?: Readonly<Record<string, string>>;
}

/** An absolute URL, or with `allowPath` a path such as `/`. */
export interface UrlDefinition extends BaseDefinition {
  kind: 'url';
  /** Accepted protocols, with the colon (`'https:'`). @default any */
  protocols?: readonly string[];
  /** Also accept a path starting with `/`. */
  allowPath?: boolean;
}

/** Kinds that need no extra fields. */
export interface PlainDefinition extends BaseDefinition {
  kind: 'string' | 'boolean' | 'list' | 'json' | 'regex-or-list';
}

/** The declaration of one setting: its name, kind, default, accepted values and documentation. */
export type EnvDefinition =
  | NumberDefinition
  | DurationDefinition
  | BytesDefinition
  | EnumDefinition
  | UrlDefinition
  | PlainDefinition;

/** Any JSON value, as produced by a `json` setting. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** The value type of a setting before `orFalse`/`orBoolean` and optionality are applied. */
type KindValue<D> = D extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : D extends { kind: 'number' | 'integer' | 'duration' | 'bytes' }
    ? number
    : D extends { kind: 'boolean' }
      ? boolean
      : D extends { kind: 'list' }
        ? readonly string[]
        : D extends { kind: 'json' }
          ? JsonValue
          : D extends { kind: 'regex-or-list' }
            ? boolean | readonly string[] | RegExp
            : string;

type WithSwitch<D, V> = D extends { orBoolean: true }
  ? V | boolean
  : D extends { orFalse: true }
    ? V | false
    : V;

/**
 * The parsed type of a setting: `undefined` is possible only when it has no unconditional default.
 * `SECRET` (generated when missing) and `REDIS_ENABLED` (derived from `REDIS`) are always set.
 */
export type SettingValue<D> = D extends { defaultWhen: object }
  ? WithSwitch<D, KindValue<D>> | undefined
  : D extends { default: string } | { name: 'SECRET' | 'REDIS_ENABLED' }
    ? WithSwitch<D, KindValue<D>>
    : WithSwitch<D, KindValue<D>> | undefined;
