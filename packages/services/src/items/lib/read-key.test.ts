import { isPlinthError } from '@plinth/errors';
import type { CollectionOverview, FieldOverview, FieldType } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { readKey } from './read-key.js';

function keyed(type: FieldType): CollectionOverview {
  const field = { field: 'id', type, alias: false, special: [] } as unknown as FieldOverview;
  return { collection: 'c', primary: 'id', fields: { id: field } } as unknown as CollectionOverview;
}

/** The error `run` throws, so its code, message and (absent) reason can be checked. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

function expectGeneric403(run: () => unknown): void {
  const error = thrownBy(run);
  expect(isPlinthError(error, 'FORBIDDEN')).toBe(true);
  expect((error as Error).message).toBe("You don't have permission to access this.");
  expect((error as { extensions: object }).extensions).toEqual({});
}

describe('readKey', () => {
  it.each([
    ['integer', '42', 42],
    ['integer', 7, 7],
    ['integer', '-3', -3],
    ['bigInteger', '9007199254740993', '9007199254740993'],
    ['bigInteger', '12', 12],
    ['uuid', '6F1C2A3E-1B2C-4D5E-8F90-0123456789AB', '6F1C2A3E-1B2C-4D5E-8F90-0123456789AB'],
    ['string', 'home', 'home'],
    ['string', 5, '5'],
  ] as const)('accepts a %s key %j as %j', (type, given, expected) => {
    expect(readKey(keyed(type), given)).toBe(expected);
  });

  it.each([
    ['integer', 'abc'],
    ['integer', '1.5'],
    ['integer', '9007199254740993'],
    ['integer', 1.5],
    ['integer', ''],
    ['uuid', 'x'],
    ['uuid', 12],
    ['uuid', '6f1c2a3e-1b2c-4d5e-8f90-0123456789ab-1'],
    ['string', ''],
    ['string', null],
    ['string', { id: 1 }],
  ] as const)('refuses a %s key %j with the generic 403', (type, given) => {
    expectGeneric403(() => readKey(keyed(type), given));
  });

  it('refuses every key of a collection without a primary key', () => {
    const overview = { collection: 'c', primary: '', fields: {} } as unknown as CollectionOverview;
    expectGeneric403(() => readKey(overview, '1'));
  });
});
