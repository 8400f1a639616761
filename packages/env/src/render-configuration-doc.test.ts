import { describe, expect, it } from 'vitest';
import { describeSettings } from './describe-settings.js';
import { envGroups } from './env-definition.js';
import { renderConfigurationDoc } from './render-configuration-doc.js';

describe('renderConfigurationDoc', () => {
  const doc = renderConfigurationDoc();
  // Tables are padded for alignment; squeeze runs of spaces to compare content.
  const squeezed = doc.replace(/ {2,}/g, ' ');

  it('says it is generated and how to regenerate it', () => {
    expect(doc.split('\n')[0]).toMatch(/Generated .*Do not edit by hand/);
    expect(doc).toContain('pnpm docs:config');
  });

  it('has one section per group and one row per setting', () => {
    for (const group of envGroups) expect(doc).toContain(`\n## ${group}\n`);
    for (const setting of describeSettings()) {
      expect(squeezed).toMatch(new RegExp(`^\\| \`${setting.name}\`( 🔒)? \\|`, 'm'));
    }
  });

  it('aligns each table so the Markdown formatter leaves it alone', () => {
    const tables = doc.split('\n\n').filter((block) => block.startsWith('| Variable'));
    expect(tables).toHaveLength(envGroups.length);
    for (const table of tables) {
      const lengths = table.split('\n').map((row) => [...row.replace('🔒', '🔒 ')].length);
      expect(new Set(lengths).size).toBe(1);
    }
  });

  it('keeps every table row on one line with escaped pipes', () => {
    const rows = doc.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(describeSettings().length);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(squeezed).toContain('| `LOG_STYLE` | pretty \\| raw | `pretty` |');
    expect(doc).toContain('`User-agent: *\\nDisallow: /`');
  });

  it('marks secrets and computed defaults', () => {
    expect(squeezed).toContain('| `SECRET` 🔒 | string | `random per boot` |');
    expect(doc).toContain('`./data/plinth.db (when DB_CLIENT is sqlite)`');
    expect(doc).toContain('`DB_POOL__*`');
  });
});
