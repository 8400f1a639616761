import { describe, expect, it } from 'vitest';
import { parseIptc } from './parse-iptc.js';

const dataset = (number: number, text: string, record = 2) => {
  const value = Buffer.from(text, 'utf8');
  const head = Buffer.from([0x1c, record, number, 0, 0]);
  head.writeUInt16BE(value.length, 3);
  return Buffer.concat([head, value]);
};

describe('parseIptc', () => {
  it('reads record-2 datasets inside a Photoshop block, repeated ones as a list', () => {
    const block = Buffer.concat([
      Buffer.from('Photoshop 3.0\u00008BIM\u0004\u0004\u0000\u0000\u0000\u0000\u0000\u0040', 'latin1'),
      dataset(0x69, 'Harbour'),
      dataset(0x78, 'Boats at dawn — ça va'),
      dataset(0x19, 'sea'),
      dataset(0x19, 'boat'),
      dataset(0x00, '\u0000\u0004'),
      dataset(0x19, 'ignored: record 1', 1),
    ]);
    expect(parseIptc(block)).toEqual({
      headline: 'Harbour',
      caption: 'Boats at dawn — ça va',
      keywords: ['sea', 'boat'],
    });
  });

  it('stops at a dataset that claims more bytes than there are', () => {
    const truncated = dataset(0x69, 'Harbour').subarray(0, 8);
    expect(parseIptc(truncated)).toEqual({});
  });
});
