import { describe, expect, it } from 'vitest';
import { errorHeaders } from './error-headers.js';
import { ForbiddenError } from './errors/forbidden.js';
import { MethodNotAllowedError } from './errors/method-not-allowed.js';
import { RequestsExceededError } from './errors/requests-exceeded.js';

const now = Date.parse('2024-05-01T12:00:00.000Z');

describe('errorHeaders', () => {
  it('asks rate-limited clients to retry after whole seconds', () => {
    const error = new RequestsExceededError({ limit: 50, reset: new Date(now + 1200) });
    expect(errorHeaders(error, { now })).toEqual({ 'Retry-After': '2' });
  });

  it('never sends a negative Retry-After', () => {
    const error = new RequestsExceededError({ limit: 50, reset: new Date(now - 3000) });
    expect(errorHeaders(error, { now })).toEqual({ 'Retry-After': '0' });
  });

  it('reads a reset that was serialised to a string by another copy', () => {
    const error = Object.assign(new RequestsExceededError({ limit: 1, reset: new Date(now) }), {
      extensions: { limit: 1, reset: new Date(now + 10_000).toISOString() },
    });
    expect(errorHeaders(error, { now })).toEqual({ 'Retry-After': '10' });
  });

  it('lists the allowed methods', () => {
    const error = new MethodNotAllowedError({ allowed: ['GET', 'POST'], current: 'DELETE' });
    expect(errorHeaders(error)).toEqual({ Allow: 'GET, POST' });
  });

  it('takes the longest wait among several errors and ignores the rest', () => {
    const errors = [
      new RequestsExceededError({ limit: 1, reset: new Date(now + 5000) }),
      new RequestsExceededError({ limit: 1, reset: new Date(now + 30_000) }),
      new ForbiddenError(),
      new Error('unknown'),
    ];
    expect(errorHeaders(errors, { now })).toEqual({ 'Retry-After': '30' });
  });

  it('adds nothing for other errors', () => {
    expect(errorHeaders(new ForbiddenError())).toEqual({});
    expect(errorHeaders('not an error')).toEqual({});
  });
});
