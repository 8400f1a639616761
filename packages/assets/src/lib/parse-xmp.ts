const FIELDS = ['title', 'description', 'rights', 'creator', 'subject'] as const;

const stripTags = (text: string) => text.replace(/<[^>]*>/g, '').trim();

/**
 * Reads the Dublin Core fields (`dc:title`, `dc:description`, `dc:rights`, `dc:creator`, `dc:subject`) of
 * an XMP packet: a `rdf:Bag` or `rdf:Seq` becomes a list of its items, anything else its text.
 */
export function parseXmp(buffer: Buffer): Record<string, string | string[]> {
  const xml = buffer.toString('utf8');
  const result: Record<string, string | string[]> = {};
  for (const field of FIELDS) {
    const match = new RegExp(`<dc:${field}\\b[^>]*>([\\s\\S]*?)</dc:${field}>`, 'i').exec(xml);
    if (!match) continue;
    const inner = (match[1] as string).trim();
    if (/^<rdf:(Bag|Seq)\b/i.test(inner)) {
      result[field] = [...inner.matchAll(/<rdf:li\b[^>]*>([\s\S]*?)<\/rdf:li>/gi)].map((item) =>
        stripTags(item[1] as string),
      );
    } else {
      result[field] = stripTags(inner);
    }
  }
  return result;
}
