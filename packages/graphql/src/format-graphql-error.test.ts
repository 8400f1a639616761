import { FailedValidationError, ForbiddenError } from '@plinth/errors';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatGraphQLError } from './format-graphql-error.js';

const at = { path: ['articles'] as const };

describe('formatGraphQLError', () => {
  it('keeps a Plinth error message and extensions and adds its code', () => {
    const error = new GraphQLError('ignored', {
      ...at,
      originalError: new ForbiddenError({ reason: 'No.' }),
    });
    expect(formatGraphQLError(error)).toEqual([
      { message: 'No.', path: ['articles'], extensions: { reason: 'No.', code: 'FORBIDDEN' } },
    ]);
  });

  it('lists each of several validation failures', () => {
    const failures = ['title', 'slug'].map(
      (field) => new FailedValidationError({ field, path: [], type: 'required' } as never),
    );
    const error = new GraphQLError('ignored', { ...at, originalError: new AggregateError(failures) });
    const entries = formatGraphQLError(error);
    expect(entries.map((entry) => [entry.extensions['code'], entry.extensions['field']])).toEqual([
      ['FAILED_VALIDATION', 'title'],
      ['FAILED_VALIDATION', 'slug'],
    ]);
  });

  it('hides unexpected errors unless told to show them', () => {
    const error = new GraphQLError('Cannot return null for non-nullable field articles.id.', at);
    expect(formatGraphQLError(error)).toEqual([
      {
        message: 'An unexpected error occurred.',
        path: ['articles'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(formatGraphQLError(error, { exposeUnknown: true })[0]!.message).toBe(error.message);
  });
});
