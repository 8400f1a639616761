const pad = (value: number) => String(value).padStart(2, '0');

/** `<collection> <YYYYMMDD-HHmmss>.<ext>`, the download name an export gets (`Export` without a collection). */
export function exportFileName(collection: string | undefined, extension: string, now = new Date()): string {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `${collection || 'Export'} ${date}-${time}.${extension}`;
}
