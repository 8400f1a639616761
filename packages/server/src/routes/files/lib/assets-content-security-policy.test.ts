import { describe, expect, it } from 'vitest';
import { assetsContentSecurityPolicy } from './assets-content-security-policy.js';

const policy = (raw: Record<string, string>) => assetsContentSecurityPolicy({ raw });

describe('assetsContentSecurityPolicy', () => {
  it("defaults to default-src 'none'", () => {
    expect(policy({})).toEqual({ header: 'content-security-policy', value: "default-src 'none'" });
  });

  it('adds and overrides directives from ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__*', () => {
    expect(
      policy({
        ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__IMG_SRC: "'self' https://cdn.example.com data:",
        ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__MEDIA_SRC: "array:'self', https://media.example.com",
        ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__UPGRADE_INSECURE_REQUESTS: '',
        ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__DEFAULT_SRC: "'self'",
        CONTENT_SECURITY_POLICY_DIRECTIVES__SCRIPT_SRC: "'unsafe-inline'",
      }).value,
    ).toBe(
      "default-src 'self';img-src 'self' https://cdn.example.com data:;media-src 'self' https://media.example.com;upgrade-insecure-requests",
    );
  });

  it('reports only when asked', () => {
    expect(policy({ ASSETS_CONTENT_SECURITY_POLICY_REPORT_ONLY: 'true' }).header).toBe(
      'content-security-policy-report-only',
    );
  });

  it('refuses a value that would inject another directive', () => {
    expect(() =>
      policy({ ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__IMG_SRC: "'self'; script-src *" }),
    ).toThrow(/ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__IMG_SRC/);
  });
});
