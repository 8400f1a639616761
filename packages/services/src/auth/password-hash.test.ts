import { describe, expect, it } from 'vitest';
import { createDummyPasswordHash, hashPassword, verifyPassword } from './password-hash.js';

const cheap = { memoryCost: 4096, timeCost: 2, parallelism: 1 };

describe('password hashes', () => {
  it('are argon2id by default and verify only the right password', async () => {
    const hash = await hashPassword('correct horse', cheap);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=4096,p=1,t=2\$/);
    expect(await verifyPassword(hash, 'correct horse')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse')).toBe(false);
  });

  it('keep the configured type and associated data', async () => {
    const hash = await hashPassword('pw', { ...cheap, type: 1, associatedData: 'pepper' });
    expect(hash).toMatch(/^\$argon2i\$.*data=/);
    expect(await verifyPassword(hash, 'pw')).toBe(true);
  });

  it('never match a garbled or foreign hash, and never throw for one', async () => {
    expect(await verifyPassword('$2b$10$abcdefghijklmnopqrstuv', 'pw')).toBe(false);
    expect(await verifyPassword('', 'pw')).toBe(false);
  });

  it('make a dummy hash that costs as much as a real one and matches nothing typed', async () => {
    const dummy = await createDummyPasswordHash(cheap);
    expect(dummy).toMatch(/^\$argon2id\$v=19\$m=4096,p=1,t=2\$/);
    expect(await verifyPassword(dummy, '')).toBe(false);
  });
});
