import { describe, expect, it } from 'vitest';
import { isRedirectAllowed } from './is-redirect-allowed.js';

describe('isRedirectAllowed', () => {
  const allow = ['https://app.example.com/auth/done/'];

  it('allows any path on the PUBLIC_URL origin, and allow-listed origin and path with any query', () => {
    expect(isRedirectAllowed('https://api.example.com/admin/x?y=1', 'https://api.example.com/', allow)).toBe(
      true,
    );
    expect(
      isRedirectAllowed('https://app.example.com/auth/done?next=/a', 'https://api.example.com/', allow),
    ).toBe(true);
  });

  it('refuses other origins, other paths, other schemes, credentials and non-URLs', () => {
    for (const redirect of [
      'https://evil.example.com/auth/done',
      'https://app.example.com/auth/done/more',
      'http://app.example.com/auth/done',
      'javascript:alert(1)',
      'https://user:pw@api.example.com/',
      '/relative',
      '//api.example.com/',
    ]) {
      expect(isRedirectAllowed(redirect, 'https://api.example.com/', allow), redirect).toBe(false);
    }
  });
});
