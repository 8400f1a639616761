import { describe, expect, it } from 'vitest';
import { toClassName } from './to-class-name.js';

describe('toClassName', () => {
  it('turns a code into a PascalCase class name ending in Error', () => {
    expect(toClassName('FORBIDDEN')).toBe('ForbiddenError');
    expect(toClassName('ROUTE_NOT_FOUND')).toBe('RouteNotFoundError');
  });

  it('does not repeat an Error suffix the code already has', () => {
    expect(toClassName('INTERNAL_SERVER_ERROR')).toBe('InternalServerError');
  });
});
