import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { InvalidPayloadError, ServiceUnavailableError } from '@plinth/errors';
import type { AddressGuard } from './create-address-guard.js';

/** Options of {@link fetchPublicUrl}. */
export interface FetchPublicUrlOptions {
  guard: AddressGuard;
  /** Aborts the request, and the body while it streams. */
  signal: AbortSignal;
  maxRedirects: number;
}

const unavailable = (reason: string) => new ServiceUnavailableError({ service: 'external-file', reason });

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for `http.request` that resolves as usual and refuses when any address is not allowed. */
function guardedLookup(guard: AddressGuard) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = addresses.find((entry) => !guard(entry.address));
      if (refused || addresses.length === 0) {
        const denied: NodeJS.ErrnoException = new Error(
          `"${hostname}" resolves to an address that may not be imported from`,
        );
        denied.code = 'PLINTH_ADDRESS_DENIED';
        return callback(denied, []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function checkUrl(raw: string | URL, guard: AddressGuard): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidPayloadError({ reason: '"url" must be a valid URL' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidPayloadError({ reason: '"url" must be an http or https URL' });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !guard(host))
    throw unavailable(`Couldn't fetch file from URL: address ${host} may not be imported from`);
  return url;
}

function get(url: URL, options: FetchPublicUrlOptions): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      { signal: options.signal, lookup: guardedLookup(options.guard) as never },
      resolve,
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'PLINTH_ADDRESS_DENIED')
        reject(unavailable(`Couldn't fetch file from URL: ${error.message}`));
      else reject(unavailable(`Couldn't fetch file from URL: ${error.message}`));
    });
    request.end();
  });
}

/**
 * GETs a URL from the public internet only: every address it would connect to (a literal host, each
 * DNS answer, each redirect hop) must pass `guard`; the check runs inside the connection's own DNS
 * lookup, so a name cannot resolve to one address for the check and another for the connection.
 * Resolves with the final 2xx response, its body unread.
 *
 * @throws INVALID_PAYLOAD (400) for a URL that is not http(s); SERVICE_UNAVAILABLE (503, service
 * `external-file`, Directus' answer) for a refused address, a network error, too many redirects or a
 * status other than 2xx.
 */
export async function fetchPublicUrl(raw: string, options: FetchPublicUrlOptions): Promise<IncomingMessage> {
  let url = checkUrl(raw, options.guard);
  for (let hop = 0; ; hop += 1) {
    const response = await get(url, options);
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return response;
    response.resume();
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      if (hop >= options.maxRedirects) throw unavailable("Couldn't fetch file from URL: too many redirects");
      url = checkUrl(new URL(location, url), options.guard);
      continue;
    }
    throw unavailable(`Couldn't fetch file from URL: it answered ${status}`);
  }
}
