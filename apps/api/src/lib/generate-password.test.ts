import { describe, expect, it } from 'vitest';
import { generatePassword } from './generate-password.js';

describe('generatePassword', () => {
  it('makes passwords of the asked length without look-alike characters, different each time', () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword(24));
    for (const password of passwords) {
      expect(password).toHaveLength(24);
      expect(password).not.toMatch(/[0O1lI]/);
    }
    expect(new Set(passwords).size).toBe(50);
  });
});
