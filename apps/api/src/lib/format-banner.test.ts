import { describe, expect, it } from 'vitest';
import { formatBanner } from './format-banner.js';

const base = { url: 'http://localhost:8055', adminEmail: 'a@b.c', databaseLabel: 'SQLite (x.db)' };

describe('formatBanner', () => {
  it('prints the URL and the generated password once', () => {
    const text = formatBanner({ ...base, createdAdmin: true, generatedPassword: 'pw123' });
    expect(text).toContain('Plinth is running at http://localhost:8055');
    expect(text).toContain('Log in as a@b.c with password pw123');
  });

  it('does not print a password it did not generate', () => {
    expect(formatBanner({ ...base, createdAdmin: true, generatedPassword: null })).toContain(
      'from ADMIN_PASSWORD',
    );
    const later = formatBanner({ ...base, createdAdmin: false, generatedPassword: null });
    expect(later).toContain('created on the first start');
    expect(later).not.toContain('password pw');
  });
});
