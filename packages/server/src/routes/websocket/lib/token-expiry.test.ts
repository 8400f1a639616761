import { signAccessToken, toSigningKey } from '@plinth/services';
import { describe, expect, it } from 'vitest';
import { tokenExpiry } from './token-expiry.js';

describe('tokenExpiry', () => {
  it("reads an access token's exp in milliseconds", async () => {
    const before = Date.now();
    const token = await signAccessToken(
      { id: 'u', role: null, app_access: false, admin_access: false },
      toSigningKey('secret'),
      60_000,
    );
    const expiry = tokenExpiry(token);
    expect(expiry).not.toBeNull();
    // `exp` has whole seconds.
    expect(expiry!).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 59_000);
    expect(expiry!).toBeLessThanOrEqual(before + 61_000);
  });

  it('gives null for static tokens and JWTs of other issuers', () => {
    expect(tokenExpiry('a-static-token')).toBeNull();
    const foreign = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"iss":"x","exp":1}').toString('base64url')}.`;
    expect(tokenExpiry(foreign)).toBeNull();
  });
});
