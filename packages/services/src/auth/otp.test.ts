import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createOtpSecret, verifyOtp } from './otp.js';

describe('TOTP', () => {
  it('accepts the current code of a new secret, and refuses others', () => {
    const secret = createOtpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const code = TOTP.generate({ secret: Secret.fromBase32(secret) });
    expect(verifyOtp(secret, code)).toBe(true);
    const wrong = String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');
    expect(verifyOtp(secret, wrong)).toBe(false);
  });

  it('allows one step of clock drift, not two', () => {
    const secret = createOtpSecret();
    const at = (offset: number) =>
      TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offset * 30_000 });
    expect(verifyOtp(secret, at(-1))).toBe(true);
    expect(verifyOtp(secret, at(1))).toBe(true);
    expect(verifyOtp(secret, at(-3))).toBe(false);
  });

  it('refuses missing, malformed codes and broken secrets without throwing', () => {
    const secret = createOtpSecret();
    expect(verifyOtp(secret, undefined)).toBe(false);
    expect(verifyOtp(secret, '12345')).toBe(false);
    expect(verifyOtp(secret, 'abcdef')).toBe(false);
    expect(verifyOtp('not base32 !!', '123456')).toBe(false);
  });
});
