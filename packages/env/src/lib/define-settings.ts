import type { EnvDefinition, EnvGroup } from '../env-definition.js';

type WithoutGroup<T> = T extends unknown ? Omit<T, 'group'> : never;

/**
 * Stamps one group on a list of settings while keeping every literal type, so the typed
 * `PlinthEnv` can be derived from the list itself.
 */
export function defineSettings<
  const G extends EnvGroup,
  const T extends readonly WithoutGroup<EnvDefinition>[],
>(group: G, settings: T): { readonly [K in keyof T]: T[K] & { readonly group: G } } {
  return settings.map((setting) => ({ ...setting, group })) as unknown as {
    readonly [K in keyof T]: T[K] & { readonly group: G };
  };
}
