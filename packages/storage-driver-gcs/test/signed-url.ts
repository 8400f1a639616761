import { createHash, createVerify } from 'node:crypto';

/**
 * Checks a V4 signed Cloud Storage URL the way the service does: rebuilds the canonical request and
 * string to sign from the URL alone and verifies `X-Goog-Signature` with the service account's public
 * key. Follows Google's published V4 signing process.
 */
export function verifySignedUrl(
  url: string,
  method: string,
  publicKey: string,
  extraHeaders: Record<string, string> = {},
): boolean {
  const parsed = new URL(url);
  const params = [...parsed.searchParams.entries()].filter(([name]) => name !== 'X-Goog-Signature');
  const encode = (text: string) =>
    encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = params
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const headers: Record<string, string> = { host: parsed.hostname, ...extraHeaders };
  const signedHeaders = parsed.searchParams.get('X-Goog-SignedHeaders') ?? 'host';
  const canonicalHeaders = signedHeaders
    .split(';')
    .map((name) => `${name}:${headers[name] ?? ''}\n`)
    .join('');
  const canonicalRequest = [
    method,
    parsed.pathname,
    query,
    canonicalHeaders,
    signedHeaders,
    'UNSIGNED-PAYLOAD',
  ].join('\n');
  const credential = parsed.searchParams.get('X-Goog-Credential') ?? '';
  const scope = credential.split('/').slice(1).join('/');
  const stringToSign = [
    'GOOG4-RSA-SHA256',
    parsed.searchParams.get('X-Goog-Date'),
    scope,
    createHash('sha256').update(canonicalRequest).digest('hex'),
  ].join('\n');
  const signature = Buffer.from(parsed.searchParams.get('X-Goog-Signature') ?? '', 'hex');
  return createVerify('RSA-SHA256').update(stringToSign).verify(publicKey, signature);
}
