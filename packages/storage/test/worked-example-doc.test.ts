import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('docs/storage.md', () => {
  it('shows the memory driver exactly as the tested file has it', async () => {
    const doc = await readFile(join(here, '../../../docs/storage.md'), 'utf8');
    const source = await readFile(join(here, 'memory-driver.ts'), 'utf8');
    const example = /The complete worked example[\s\S]*?```ts\n([\s\S]*?)```/.exec(doc)?.[1];
    const code = source
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
    expect(example?.trim()).toBe(code.trim());
  });
});
