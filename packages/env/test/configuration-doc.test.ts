import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderConfigurationDoc } from '../src/render-configuration-doc.js';

const docPath = fileURLToPath(new URL('../../../docs/configuration.md', import.meta.url));

describe('docs/configuration.md', () => {
  it('matches the definitions (run `pnpm docs:config` to regenerate)', () => {
    const onDisk = readFileSync(docPath, 'utf8');
    expect(
      onDisk === renderConfigurationDoc(),
      'docs/configuration.md is out of date: run pnpm docs:config',
    ).toBe(true);
  });
});
