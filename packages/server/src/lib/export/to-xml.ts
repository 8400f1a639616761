import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: false });

/** The items as XML: a `<data>` root holding one `<data>` element per item (or the single object). */
export function toXml(data: unknown): string {
  const body = builder.build({ data: { data: data ?? '' } }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
