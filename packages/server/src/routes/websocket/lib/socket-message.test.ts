import { describe, expect, it } from 'vitest';
import { parseSocketMessage, peekUid } from './socket-message.js';

describe('parseSocketMessage', () => {
  it('lower-cases the type and keeps the other fields', () => {
    expect(parseSocketMessage('{"type":" SUBSCRIBE ","uid":3,"collection":"a"}')).toEqual({
      type: 'subscribe',
      uid: 3,
      collection: 'a',
    });
  });

  it('returns null for text that is not JSON', () => {
    expect(parseSocketMessage('{nope')).toBeNull();
  });

  it.each([
    ['[1]', 'has to be a JSON object'],
    ['"auth"', 'has to be a JSON object'],
    ['{}', 'needs a string "type"'],
    ['{"type":""}', 'needs a string "type"'],
    ['{"type":"ping","uid":{}}', '"uid" has to be'],
  ])('refuses %s as INVALID_PAYLOAD', (text, reason) => {
    expect(() => parseSocketMessage(text)).toThrow(reason);
    try {
      parseSocketMessage(text);
    } catch (error) {
      expect((error as { code: string }).code).toBe('INVALID_PAYLOAD');
    }
  });
});

describe('peekUid', () => {
  it('finds a usable uid in any JSON object, and nothing elsewhere', () => {
    expect(peekUid('{"type":5,"uid":"u"}')).toBe('u');
    expect(peekUid('{"uid":[1]}')).toBeUndefined();
    expect(peekUid('not json')).toBeUndefined();
  });
});
