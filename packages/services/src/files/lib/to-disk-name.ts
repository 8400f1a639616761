/**
 * The storage key of a file: `<id><.ext>`, the extension taken from the uploaded name only when it is
 * plain (letters and digits, at most 10), so nothing the client sends can shape a path.
 */
export function toDiskName(id: string, filename: string | null | undefined): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(filename ?? '');
  return match ? `${id}.${match[1]!.toLowerCase()}` : id;
}
