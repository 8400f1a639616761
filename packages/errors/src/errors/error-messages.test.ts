import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthFailedError } from './auth-failed.js';
import { EmailLimitExceededError } from './email-limit-exceeded.js';
import { FailedValidationError } from './failed-validation.js';
import { ForbiddenError } from './forbidden.js';
import { NotNullViolationError } from './not-null-violation.js';
import { RecordNotUniqueError } from './record-not-unique.js';
import { RequestsExceededError } from './requests-exceeded.js';

describe('message variants', () => {
  it('uses the Forbidden reason as the message', () => {
    const error = new ForbiddenError({ reason: 'You don\'t have permission to access collection "x".' });
    expect(error.message).toBe('You don\'t have permission to access collection "x".');
    expect(error.extensions).toEqual({ reason: 'You don\'t have permission to access collection "x".' });
  });

  it('leaves out the parts a database constraint did not report', () => {
    const error = new RecordNotUniqueError({ collection: null, field: 'email', value: null });
    expect(error.message).toBe('Value for field "email" has to be unique.');
    expect(new NotNullViolationError({ collection: null, field: null }).message).toBe("Value can't be null.");
  });

  it('explains each validation rule it knows and falls back to the field alone', () => {
    const base = { field: 'age', path: [] };
    expect(new FailedValidationError({ ...base, type: 'gte', valid: 18 }).message).toBe(
      'Validation failed for field "age". Value has to be greater than or equal to "18".',
    );
    expect(new FailedValidationError({ ...base, type: 'in', valid: ['a', 'b'] }).message).toBe(
      'Validation failed for field "age". Value has to be one of "a", "b".',
    );
    expect(new FailedValidationError({ ...base, type: 'ncontains', substring: 'x' }).message).toBe(
      'Validation failed for field "age". Value can\'t contain "x".',
    );
    expect(new FailedValidationError({ ...base, type: 'required' }).message).toBe(
      'Validation failed for field "age". Value is required.',
    );
    expect(new FailedValidationError({ ...base, type: 'regex' }).message).toBe(
      'Validation failed for field "age". Value doesn\'t have the correct format.',
    );
    expect(new FailedValidationError({ ...base, type: 'eq' }).message).toBe(
      'Validation failed for field "age".',
    );
    expect(new FailedValidationError({ ...base, type: 'intersects' }).message).toBe(
      'Validation failed for field "age".',
    );
  });

  it('lets EmailLimitExceeded take a ready message or none', () => {
    expect(new EmailLimitExceededError().message).toBe('Email sending limit exceeded.');
    expect(new EmailLimitExceededError({ message: 'Slow down.' }).message).toBe('Slow down.');
  });

  it('tells a failed handshake from a refused auth message', () => {
    expect(new AuthFailedError({ handshake: true }).message).toBe('Authentication handshake failed.');
  });

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-05-01T12:00:00.000Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('never reports a negative wait when the rate-limit window already reset', () => {
    const error = new RequestsExceededError({ limit: 1, reset: new Date(Date.now() - 5000) });
    expect(error.message).toBe('Too many requests, retry after 0ms.');
  });
});
