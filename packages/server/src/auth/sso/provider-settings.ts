/** A provider's settings is missing or malformed; the provider then answers INVALID_PROVIDER_CONFIG. */
export class ProviderSettingsError extends Error {}

/** Typed reads of one provider's `AUTH_<NAME>_*` settings (keys without the prefix). */
export interface ProviderSettings {
  required(key: string): string;
  optional(key: string): string | undefined;
  text(key: string, fallback: string): string;
  flag(key: string, fallback: boolean): boolean;
  oneOf<T extends string>(key: string, values: readonly T[], fallback: T): T;
  /** A JSON object of strings, such as `PARAMS` or `ROLE_MAPPING`. */
  stringMap(key: string): Record<string, string>;
  /** A comma-separated list. */
  list(key: string): string[];
}

/** Reads `settings` (the raw text of `AUTH_<NAME>_*`), naming the full variable in every error. */
export function readProviderSettings(name: string, settings: Record<string, string>): ProviderSettings {
  const variable = (key: string) => `AUTH_${name.toUpperCase()}_${key}`;
  const optional = (key: string) => {
    const value = settings[key]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    optional,
    required(key) {
      const value = optional(key);
      if (value === undefined) throw new ProviderSettingsError(`${variable(key)} is required`);
      return value;
    },
    text: (key, fallback) => optional(key) ?? fallback,
    flag(key, fallback) {
      const value = optional(key)?.toLowerCase();
      if (value === undefined) return fallback;
      if (value === 'true' || value === '1') return true;
      if (value === 'false' || value === '0') return false;
      throw new ProviderSettingsError(`${variable(key)} must be true or false`);
    },
    oneOf(key, values, fallback) {
      const value = optional(key);
      if (value === undefined) return fallback;
      if (!values.includes(value as never)) {
        throw new ProviderSettingsError(`${variable(key)} must be one of ${values.join(', ')}`);
      }
      return value as (typeof values)[number];
    },
    stringMap(key) {
      // Directus spells JSON settings with a `json:` type prefix; both spellings are accepted.
      const value = optional(key)?.replace(/^json:/, '');
      if (value === undefined) return {};
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        throw new ProviderSettingsError(`${variable(key)} must be a JSON object`);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ProviderSettingsError(`${variable(key)} must be a JSON object`);
      }
      return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
    },
    list(key) {
      return (optional(key) ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
    },
  };
}
