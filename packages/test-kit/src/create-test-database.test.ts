import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './create-test-database.js';

describe('createTestDatabase refusals', () => {
  it.each(['', 'Plinth', '1st', 'plinth-ddl', 'plinth ddl', 'p'.repeat(41)])(
    'refuses the prefix %j before touching any engine',
    async (prefix) => {
      await expect(createTestDatabase({ client: 'sqlite', url: 'file' }, { prefix })).rejects.toThrow(
        /prefix .* must be lower-case letters, digits and underscores/,
      );
    },
  );

  it.each(['pg', 'mysql'] as const)('refuses %s without a URL, naming the engine', async (client) => {
    await expect(createTestDatabase({ client, url: undefined }, { prefix: 'plinth_kit' })).rejects.toThrow(
      `No server URL for ${client}`,
    );
  });
});
