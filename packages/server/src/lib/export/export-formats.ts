import type { ExportFormat } from '@plinth/types';
import { stringify as toYaml } from 'yaml';
import { toCsv } from './to-csv.js';
import { toXml } from './to-xml.js';

/** How one `?export=` format is written: file extension, content type and serializer. */
export interface ExportWriter {
  extension: string;
  contentType: string;
  write: (data: unknown) => string;
}

/** The byte order mark that lets spreadsheet apps read the CSV as UTF-8. */
const BOM = '\ufeff';

/** Every download format `?export=` accepts, as the wire protocol names them. */
export const EXPORT_WRITERS: Readonly<Record<ExportFormat, ExportWriter>> = {
  json: {
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
    write: (data) => JSON.stringify(data ?? null, null, '\t'),
  },
  csv: { extension: 'csv', contentType: 'text/csv', write: toCsv },
  csv_utf8: { extension: 'csv', contentType: 'text/csv; charset=utf-8', write: (data) => BOM + toCsv(data) },
  xml: { extension: 'xml', contentType: 'text/xml', write: toXml },
  yaml: { extension: 'yaml', contentType: 'text/yaml', write: (data) => toYaml(data ?? null) },
};

/** The format `raw` names, or null when it names none. */
export function toExportFormat(raw: unknown): ExportFormat | null {
  return typeof raw === 'string' && Object.hasOwn(EXPORT_WRITERS, raw) ? (raw as ExportFormat) : null;
}
