import { Secret, TOTP } from 'otpauth';

/** A new TOTP secret (160 bits), base32 as authenticator apps and `directus_users.tfa_secret` hold it. */
export function createOtpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * Whether `otp` is the current six-digit TOTP code of `secret` (SHA-1, 30 s), accepting the previous
 * and the next code for clock drift. A malformed code or secret is simply wrong.
 */
export function verifyOtp(secret: string, otp: string | undefined): boolean {
  if (typeof otp !== 'string' || !/^\d{6}$/.test(otp)) return false;
  try {
    return TOTP.validate({ token: otp, secret: Secret.fromBase32(secret), window: 1 }) !== null;
  } catch {
    return false;
  }
}
