import { isPlinthError } from '@plinth/errors';
import type { WritePolicy } from '@plinth/permissions';
import type { CollectionOverview } from '@plinth/types';
import { describe, expect, it } from 'vitest';
import { assertWritableFields, withPresets } from './write-permissions.js';

const overview = { collection: 'articles' } as CollectionOverview;
const policy = (fields: WritePolicy['fields'], presets: Record<string, unknown> = {}): WritePolicy => ({
  fields,
  validation: null,
  presets,
  itemFilter: null,
});

function reasonOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (isPlinthError(error, 'FORBIDDEN')) return (error.extensions as { reason?: string }).reason;
    throw error;
  }
  return undefined;
}

describe('assertWritableFields', () => {
  it('lets through payloads within the granted fields, and everything for admins or "*"', () => {
    expect(reasonOf(() => assertWritableFields(policy(new Set(['title'])), overview, { title: 'x' }))).toBe(
      undefined,
    );
    expect(reasonOf(() => assertWritableFields(policy('*'), overview, { secret: 1 }))).toBe(undefined);
    expect(reasonOf(() => assertWritableFields(null, overview, { secret: 1 }))).toBe(undefined);
  });

  it('names the refused fields, as the create and the update access check word it', () => {
    const granted = policy(new Set(['title']));
    expect(reasonOf(() => assertWritableFields(granted, overview, { title: 'x', secret: 1 }))).toBe(
      'You don\'t have permission to access field "secret" in collection "articles" or it does not exist.',
    );
    expect(reasonOf(() => assertWritableFields(granted, overview, { secret: 1, owner: 2 }, true))).toBe(
      'You don\'t have permission to access fields "secret", "owner" in collection "articles" or they do not exist. Queried in root.',
    );
  });
});

describe('withPresets', () => {
  it('puts presets under the payload', () => {
    const presets = policy('*', { status: 'draft', owner: 'me' });
    expect(withPresets(presets, { status: 'published', title: 't' })).toEqual({
      status: 'published',
      owner: 'me',
      title: 't',
    });
    expect(withPresets(null, { title: 't' })).toEqual({ title: 't' });
  });
});
