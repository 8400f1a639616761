import { describe, expect, it } from 'vitest';
import { parseCsvImport } from './parse-csv-import.js';

async function itemsOf(...chunks: string[]) {
  const items: Record<string, unknown>[] = [];
  for await (const item of parseCsvImport(chunks)) items.push(item);
  return items;
}

describe('parseCsvImport', () => {
  it('maps header names to fields, dot paths to nested objects, and leaves empty cells out', async () => {
    expect(await itemsOf(' title ,author.name,author.age,note\n', 'a,Ann,31,\nb,,,x\n')).toEqual([
      { title: 'a', author: { name: 'Ann', age: '31' } },
      { title: 'b', note: 'x' },
    ]);
  });

  it('parses JSON cells other than bare numbers, keeping numbers as text', async () => {
    expect(await itemsOf('a,b,c,d\n"[1,2]","{""x"":true}",true,007\n')).toEqual([
      { a: [1, 2], b: { x: true }, c: true, d: '007' },
    ]);
  });

  it('ignores prototype-polluting paths', async () => {
    const [item] = await itemsOf('__proto__.polluted,ok\nyes,1\n');
    expect(item).toEqual({ ok: '1' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('answers a malformed file with INVALID_PAYLOAD', async () => {
    await expect(itemsOf('a,b\n1,2,3\n')).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
    await expect(itemsOf('a\n"open\n')).rejects.toMatchObject({ code: 'INVALID_PAYLOAD' });
  });
});
