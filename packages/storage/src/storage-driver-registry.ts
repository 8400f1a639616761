import type { StorageDriverDefinition } from './storage-driver-definition.js';
import { StorageError, StorageErrorCode } from './storage-error.js';

/** The drivers a Plinth instance knows by name. Built-in drivers and plugins register the same way. */
export interface StorageDriverRegistry {
  /** Adds a driver. Throws when another driver already has the name, so a plugin cannot shadow one silently. */
  register(definition: StorageDriverDefinition): void;
  /** The driver of that name; throws `STORAGE_UNKNOWN_DRIVER` listing the known names. */
  get(name: string): StorageDriverDefinition;
  /** The registered names, in registration order. */
  names(): string[];
}

/** A registry holding `definitions` to start with. */
export function createStorageDriverRegistry(
  definitions: readonly StorageDriverDefinition[] = [],
): StorageDriverRegistry {
  const drivers = new Map<string, StorageDriverDefinition>();

  const registry: StorageDriverRegistry = {
    register(definition) {
      if (drivers.has(definition.name)) {
        throw new Error(`A storage driver named "${definition.name}" is already registered.`);
      }
      drivers.set(definition.name, definition);
    },
    get(name) {
      const definition = drivers.get(name);
      if (definition) return definition;
      const known = [...drivers.keys()].join(', ') || 'none';
      throw new StorageError(
        StorageErrorCode.UnknownDriver,
        `Storage driver "${name}" is not registered (registered: ${known}).`,
      );
    },
    names: () => [...drivers.keys()],
  };

  for (const definition of definitions) registry.register(definition);
  return registry;
}
