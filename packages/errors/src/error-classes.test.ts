import { describe, expect, it } from 'vitest';
import { errorClasses } from './error-classes.js';
import { ErrorCode, WebSocketErrorCode } from './error-code.js';

describe('errorClasses', () => {
  it('has exactly one class per code, HTTP and WebSocket', () => {
    const codes = [...Object.values(ErrorCode), ...Object.values(WebSocketErrorCode)].sort();
    const classCodes = errorClasses.map((Class) => Class.code).sort();
    expect(classCodes).toEqual(codes);
  });

  it('keeps the WebSocket-only codes out of ErrorCode', () => {
    const http = new Set<string>(Object.values(ErrorCode));
    for (const code of Object.values(WebSocketErrorCode)) expect(http.has(code)).toBe(false);
  });

  it('names each class after its code', () => {
    for (const Class of errorClasses) {
      const expected = Class.code
        .split('_')
        .map((word) => word[0] + word.slice(1).toLowerCase())
        .join('');
      expect(Class.name.replace(/Error$/, '')).toBe(expected.replace(/Error$/, ''));
    }
  });
});
