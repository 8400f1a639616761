import { EnvError, type PlinthEnv, pickPrefixed } from '@plinth/env';

/** The header `/assets` answers carry, and its value. */
export interface ContentSecurityPolicy {
  header: 'content-security-policy' | 'content-security-policy-report-only';
  value: string;
}

const PREFIX = 'ASSETS_CONTENT_SECURITY_POLICY_';
const DIRECTIVE = 'DIRECTIVES__';

/**
 * The `Content-Security-Policy` of asset responses, read as Directus reads it: `default-src 'none'`,
 * overridden or extended by `ASSETS_CONTENT_SECURITY_POLICY_DIRECTIVES__<NAME>` (`IMG_SRC` →
 * `img-src`; the value as written, or `array:a,b` for a list joined by spaces, an empty value for a
 * directive without sources), and sent as `Content-Security-Policy-Report-Only` with
 * `ASSETS_CONTENT_SECURITY_POLICY_REPORT_ONLY=true`. Directives keep the order they are set in,
 * `default-src` first.
 *
 * @throws EnvError for a value holding `;` or `,`, which would smuggle in another directive.
 */
export function assetsContentSecurityPolicy(env: Pick<PlinthEnv, 'raw'>): ContentSecurityPolicy {
  const options = pickPrefixed(env, PREFIX);
  const directives = new Map<string, string>([['default-src', "'none'"]]);
  for (const [key, raw] of Object.entries(options)) {
    if (!key.startsWith(DIRECTIVE) || key.length === DIRECTIVE.length) continue;
    const name = key.slice(DIRECTIVE.length).toLowerCase().replaceAll('_', '-');
    const value = raw.startsWith('array:')
      ? raw
          .slice('array:'.length)
          .split(',')
          .map((source) => source.trim())
          .filter(Boolean)
          .join(' ')
      : raw.trim();
    if (/[;,]/.test(value) || !/^[a-z-]+$/.test(name)) {
      throw new EnvError({
        variable: `${PREFIX}${key}`,
        accepted: 'a list of sources (`array:a,b` or space-separated) without `;`',
        received: JSON.stringify(raw),
      });
    }
    directives.set(name, value);
  }
  const reportOnly = /^(true|1)$/i.test(options['REPORT_ONLY'] ?? '');
  return {
    header: reportOnly ? 'content-security-policy-report-only' : 'content-security-policy',
    value: [...directives].map(([name, value]) => (value ? `${name} ${value}` : name)).join(';'),
  };
}
