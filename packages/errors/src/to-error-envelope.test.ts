import { describe, expect, it } from 'vitest';
import { FailedValidationError } from './errors/failed-validation.js';
import { ForbiddenError } from './errors/forbidden.js';
import { InvalidPayloadError } from './errors/invalid-payload.js';
import { RouteNotFoundError } from './errors/route-not-found.js';
import { TokenExpiredError } from './errors/token-expired.js';
import { toErrorEnvelope } from './to-error-envelope.js';

describe('toErrorEnvelope', () => {
  it('writes one error with its extensions spread and code last', () => {
    const envelope = toErrorEnvelope(new InvalidPayloadError({ reason: '"email" is required' }));

    expect(envelope.status).toBe(400);
    expect(envelope.body).toEqual({
      errors: [
        {
          message: 'Invalid payload. "email" is required.',
          extensions: { reason: '"email" is required', code: 'INVALID_PAYLOAD' },
        },
      ],
    });
    expect(Object.keys(envelope.body.errors[0]!.extensions)).toEqual(['reason', 'code']);
  });

  it('carries only the code for errors without extensions', () => {
    expect(toErrorEnvelope(new TokenExpiredError()).body.errors).toEqual([
      { message: 'Token expired.', extensions: { code: 'TOKEN_EXPIRED' } },
    ]);
  });

  it('never lets an extension named code override the real code', () => {
    const ForeignShaped = Object.assign(new ForbiddenError(), { extensions: { code: 'SPOOFED' } });
    expect(toErrorEnvelope(ForeignShaped).body.errors[0]!.extensions['code']).toBe('FORBIDDEN');
  });

  it('keeps the shared status of several errors', () => {
    const envelope = toErrorEnvelope([
      new FailedValidationError({ field: 'a', path: [], type: 'nnull' }),
      new FailedValidationError({ field: 'b', path: [], type: 'required' }),
    ]);

    expect(envelope.status).toBe(400);
    expect(envelope.body.errors.map((entry) => entry.extensions['field'])).toEqual(['a', 'b']);
  });

  it('falls back to 500 when the statuses disagree', () => {
    const envelope = toErrorEnvelope([new ForbiddenError(), new RouteNotFoundError({ path: '/x' })]);
    expect(envelope.status).toBe(500);
    expect(envelope.body.errors.map((entry) => entry.extensions['code'])).toEqual([
      'FORBIDDEN',
      'ROUTE_NOT_FOUND',
    ]);
  });

  it('hides unknown errors behind the generic internal error', () => {
    const envelope = toErrorEnvelope(new TypeError('Cannot read properties of undefined'));
    expect(envelope).toEqual({
      status: 500,
      body: {
        errors: [{ message: 'An unexpected error occurred.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      },
    });
  });

  it('shows the real message of unknown errors when exposeUnknown is set', () => {
    const envelope = toErrorEnvelope(new TypeError('Cannot read properties of undefined'), {
      exposeUnknown: true,
    });
    expect(envelope.body.errors[0]).toEqual({
      message: 'Cannot read properties of undefined',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(toErrorEnvelope('plain text', { exposeUnknown: true }).body.errors[0]!.message).toBe('plain text');
    expect(toErrorEnvelope(42, { exposeUnknown: true }).body.errors[0]!.message).toBe(
      'An unexpected error occurred.',
    );
  });

  it('makes a mix of known and unknown errors a 500', () => {
    const envelope = toErrorEnvelope([new ForbiddenError(), new Error('boom')]);
    expect(envelope.status).toBe(500);
    expect(envelope.body.errors[1]!.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('adds the stack only when asked', () => {
    const error = new ForbiddenError();
    expect(toErrorEnvelope(error).body.errors[0]!.extensions).not.toHaveProperty('stack');

    const extensions = toErrorEnvelope(error, { includeStack: true }).body.errors[0]!.extensions;
    expect(extensions['stack']).toBe(error.stack);
    expect(Object.keys(extensions).at(-1)).toBe('code');

    const unknown = toErrorEnvelope(new Error('boom'), { includeStack: true }).body.errors[0]!.extensions;
    expect(unknown['stack']).toContain('boom');
  });

  it('answers an empty list with one internal error', () => {
    expect(toErrorEnvelope([])).toEqual({
      status: 500,
      body: {
        errors: [{ message: 'An unexpected error occurred.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      },
    });
  });

  it('serialises to the wire JSON', () => {
    const json = JSON.stringify(toErrorEnvelope(new RouteNotFoundError({ path: '/nope' })).body);
    expect(json).toBe(
      '{"errors":[{"message":"Route /nope doesn\'t exist.","extensions":{"path":"/nope","code":"ROUTE_NOT_FOUND"}}]}',
    );
  });
});
