/** IPTC IIM datasets of record 2 that are kept, under the names Directus stores them by. */
const DATASETS = new Map<number, string>([
  [0x05, 'objectName'],
  [0x0f, 'category'],
  [0x19, 'keywords'],
  [0x37, 'dateCreated'],
  [0x50, 'byline'],
  [0x55, 'bylineTitle'],
  [0x69, 'headline'],
  [0x6e, 'credit'],
  [0x74, 'copyright'],
  [0x78, 'caption'],
  [0x7a, 'captionWriter'],
]);

/**
 * Reads the IPTC datasets of record 2 from the Photoshop resource block sharp returns as `iptc`. A dataset
 * is a tag marker `0x1C`, record number, dataset number and a two-byte length; one seen more than once
 * (keywords) becomes a list.
 */
export function parseIptc(buffer: Buffer): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  let offset = buffer.indexOf(0x1c);
  while (offset !== -1 && offset + 5 <= buffer.length) {
    const record = buffer[offset + 1];
    const dataset = buffer[offset + 2] as number;
    const length = buffer.readUInt16BE(offset + 3);
    const start = offset + 5;
    const name = record === 2 ? DATASETS.get(dataset) : undefined;
    if (name !== undefined && start + length <= buffer.length) {
      const value = buffer.subarray(start, start + length).toString('utf8');
      const previous = result[name];
      result[name] =
        previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
    const next = record === 2 && start + length <= buffer.length ? start + length : offset + 1;
    offset = buffer.indexOf(0x1c, next);
  }
  return result;
}
